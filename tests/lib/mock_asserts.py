# unittest.mock: the assert_* methods and their exact AssertionError messages
from unittest.mock import Mock, MagicMock, call, ANY, create_autospec

def check(label, f, *a, **k):
    try:
        f(*a, **k)
        print(label, "ok")
    except AssertionError as e:
        cause = e.__cause__
        print(label, "->", str(e).replace('\n', ' | '),
              "(cause: %s: %s)" % (type(cause).__name__, cause) if cause else "")

m = Mock()
check("not_called", m.assert_not_called)
check("called", m.assert_called)
check("called_once", m.assert_called_once)
check("called_with", m.assert_called_with, 1)
check("called_once_with", m.assert_called_once_with, 1)
check("any_call", m.assert_any_call, 1)
check("has_calls", m.assert_has_calls, [call(1)])
check("has_calls empty", m.assert_has_calls, [])
m(1, 2, key='v')
check("not_called", m.assert_not_called)
check("called", m.assert_called)
check("called_once", m.assert_called_once)
check("called_with ok", m.assert_called_with, 1, 2, key='v')
check("called_with bad", m.assert_called_with, 1, 2)
check("called_once_with", m.assert_called_once_with, 1, 2, key='v')
m.meth('x')
m(3)
check("called_once 2", m.assert_called_once)
check("called_once_with 2", m.assert_called_once_with, 3)
check("any_call ok", m.assert_any_call, 1, 2, key='v')
check("any_call bad", m.assert_any_call, 5, a=1)
check("any_call ANY", m.assert_any_call, ANY, 2, key=ANY)
check("has_calls ok", m.assert_has_calls, [call.meth('x'), call(3)])
check("has_calls order", m.assert_has_calls, [call(3), call.meth('x')])
check("has_calls any_order", m.assert_has_calls, [call(3), call.meth('x')], any_order=True)
check("has_calls any_order bad", m.assert_has_calls, [call(3), call(4), call.x()], any_order=True)
check("has_calls missing", m.assert_has_calls, [call(7)])
check("not_called 3", m.assert_not_called)

named = Mock(name='fred')
check("named called", named.assert_called)
check("named with", named.assert_called_with, 'a')
named('b')
check("named with 2", named.assert_called_with, 'a')
check("named child", named.child.assert_called_once)
named.child(1); named.child(2)
check("named child once", named.child.assert_called_once_with, 1)
check("named child has", named.child.assert_has_calls, [call(2), call(1)], any_order=True)
check("named child any", named.child.assert_any_call, 3)

print("-- with spec signatures")
def f(a, b, c=3): pass
s = Mock(spec=f)
s(1, 2)
check("spec kw", s.assert_called_with, a=1, b=2)
check("spec kw c", s.assert_called_with, 1, b=2, c=3)
check("spec bad", s.assert_called_with, 1)
check("spec any", s.assert_any_call, 1, b=2)
check("spec any bad", s.assert_any_call, 1, 2, 3, 4)
check("spec has", s.assert_has_calls, [call(a=1, b=2)])
check("spec has bad", s.assert_has_calls, [call(1, 2, 3, 4)])
check("spec has bad any", s.assert_has_calls, [call(1, 2, 3, 4)], any_order=True)
class K:
    def meth(self, x, y=0): pass
k = Mock(spec=K)
k(1)
check("class spec init", k.assert_called_with, 1)
af = create_autospec(f)
af(1, 2)
check("autospec kw", af.assert_called_once_with, 1, b=2, c=3)
check("autospec has any", af.assert_has_calls, [call(1, 5)], any_order=True)

print("-- MagicMock")
mm = MagicMock()
len(mm)
mm[3] = 4
check("magic has", mm.assert_has_calls, [call.__len__(), call.__setitem__(3, 4)])
check("magic child", mm.__setitem__.assert_called_once_with, 3, 4)
check("magic child bad", mm.__setitem__.assert_called_once_with, 3, 5)
print(mm.mock_calls, mm.method_calls)
