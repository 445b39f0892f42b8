# unittest.mock: Mock basics (children, return values, side effects, recording, spec...)
import re
from unittest.mock import (Mock, MagicMock, NonCallableMock, PropertyMock, call,
                           sentinel, DEFAULT, ANY, seal)

def r(x):
    return re.sub(r"id='\d+'", "id=ID", x if type(x) is str else repr(x))

def err(f, *a, **k):
    try:
        res = f(*a, **k)
        print("  ok", r(res))
    except Exception as e:
        print("  %s: %s" % (type(e).__name__, r(str(e))))

print("-- children")
m = Mock()
print(m.foo is m.foo, m.foo is not m.bar, m() is m(), m.foo() is m.foo.return_value)
print(r(m), r(m.foo), r(m.foo.bar), r(m()), r(m.foo().bar), r(m()()), r(m().x()))
n = Mock(name='thing')
print(r(n), r(n.a.b), r(n.return_value), r(n.a().b()))
print(type(m).__name__, type(m) is Mock, isinstance(m, Mock), isinstance(m.foo, Mock))
print(type(MagicMock().foo).__name__, type(MagicMock()()).__name__)

print("-- return_value / side_effect")
m = Mock(return_value=3)
print(m(), m(1, 2))
m.return_value = None
print(m())
m = Mock(side_effect=[1, 2, DEFAULT])
m.return_value = 'dflt'
print(m(), m(), m())
err(m)
m = Mock(side_effect=KeyError('k'))
err(m)
m.side_effect = ValueError
err(m)
m.side_effect = lambda x: x * 2
print(m(21))
m.side_effect = lambda x: DEFAULT
m.return_value = 'rv'
print(m(1))
m.side_effect = None
print(m())
m = Mock(side_effect=[1, IndexError('boom'), 3])
print(m()); err(m); print(m())
m = Mock(side_effect=iter('ab'))
print(m(), m())
print(type(Mock(side_effect=[1]).side_effect).__name__)
m = Mock(side_effect=3)
err(m)

print("-- recording")
m = Mock()
print(m.called, m.call_count, m.call_args, m.call_args_list, m.mock_calls)
m(1); m(2, x=3); m.meth('a'); m.meth().other(b=2); m.a.b.c(5)
print(m.called, m.call_count, m.call_args)
print(m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.meth.mock_calls, m.meth.call_count)
print(m.a.b.method_calls, m.a.method_calls)
m2 = Mock()
m2()().foo(1)
print(m2.mock_calls)
print(m2.return_value.mock_calls, m2.return_value.return_value.method_calls)

print("-- configure_mock / constructor kwargs")
m = Mock(**{'foo.return_value': 3, 'foo.bar.side_effect': KeyError, 'attr': 1})
print(m.foo(), m.attr)
err(m.foo.bar)
m.configure_mock(**{'a.b.c': 4, 'x': 'y'})
print(m.a.b.c, m.x)

print("-- reset_mock")
m = Mock(return_value=5, side_effect=None)
m(1); m.child(2); m.child.return_value = 7
m.reset_mock()
print(m.called, m.call_count, m.call_args, m.mock_calls, m.child.call_count, m(), m.child())
m.side_effect = [9]
m.reset_mock(return_value=True, side_effect=True)
print(r(m()), m.side_effect)

print("-- attach_mock")
parent = Mock()
c1 = Mock(); c2 = Mock(return_value=None)
parent.attach_mock(c1, 'first'); parent.attach_mock(c2, 'second')
c1(1); c2(2); c1.sub(3)
print(parent.mock_calls, r(c1))
p = Mock()
child = Mock()
p.child = child
child(1)
print(p.mock_calls, r(child))
named = Mock(name='named')
p.other = named
named(2)
print(p.mock_calls)

print("-- wraps")
class Real:
    def meth(self, x):
        return x + 1
    attr = 5
w = Mock(wraps=Real())
print(w.meth(1), w.meth.call_args)
err(lambda: w.missing)
wf = Mock(wraps=lambda a: a * 3)
print(wf(2))
wf.return_value = 'fixed'
print(wf(2))

print("-- spec / spec_set")
class Spec:
    cls_attr = 1
    def method(self, a, b): pass
s = Mock(spec=Spec)
print(r(s), isinstance(s, Spec), s.__class__ is Spec, r(s.method))
err(lambda: s.nope)
s.nope = 3
print(s.nope)
ss = Mock(spec_set=Spec)
print(r(ss))
err(setattr, ss, 'nope', 3)
ss.cls_attr = 10
print(ss.cls_attr)
sl = Mock(spec=['a', 'b'])
print(r(sl), r(sl.a))
err(lambda: sl.c)
inst = Mock(spec=Spec())
print(r(inst), isinstance(inst, Spec))
m = Mock()
m.mock_add_spec(['x'])
err(lambda: m.y)
print(r(m.x))
nc = NonCallableMock(spec=Spec)
err(nc)
print(r(nc))
s = Mock(spec=Spec)
s.__class__ = int
print(isinstance(s, int), r(s))
err(Mock, spec=Mock())

print("-- dir")
m = Mock()
m.foo; m.bar = 1
print([n for n in dir(m) if not n.startswith('assert')][:12])
print('foo' in dir(m), 'bar' in dir(m))
print(sorted(set(dir(Mock(spec=['zz', 'yy']))) & {'zz', 'yy'}))

print("-- delattr")
m = Mock()
m.foo
del m.foo
err(lambda: m.foo)
err(delattr, m, 'foo')
m.foo = 3
print(m.foo)
m2 = Mock()
del m2.never
err(lambda: m2.never)

print("-- unsafe / assert typos")
m = Mock()
for name in ['assert_foo', 'assret_called_with', 'asert_x', 'aseert_x', 'assrt_x']:
    err(getattr, m, name)
print(r(Mock(unsafe=True).assert_foo))
print(r(m.called_once_with))
err(lambda: m.__foo__)

print("-- PropertyMock")
class P:
    pass
pm = PropertyMock(return_value='value')
P.prop = pm
p = P()
print(p.prop)
p.prop = 6
print(pm.mock_calls)
print(type(pm.foo).__name__)

print("-- sentinel / DEFAULT / ANY")
print(sentinel.a is sentinel.a, sentinel.a, repr(sentinel.b), DEFAULT)
print(ANY == 1, ANY != 1, repr(ANY), [1, ANY] == [1, 'x'])
m = Mock(); m(1, object())
m.assert_called_with(1, ANY)
print(m.call_args == call(ANY, ANY), call(ANY, 2) == m.call_args)

print("-- seal")
m = Mock()
m.a.b.return_value = 1
m.c = 5
seal(m)
print(m.a.b(), m.c)
err(lambda: m.new)
err(lambda: m.a.new)
err(lambda: m.a.b.x)
err(setattr, m, 'zz', 1)
m2 = Mock()
seal(m2)
err(m2)

print("-- NonCallableMock")
nc = NonCallableMock()
err(nc)
print(type(nc.x).__name__, r(nc))
print(type(NonCallableMock(name='n').foo).__name__)
