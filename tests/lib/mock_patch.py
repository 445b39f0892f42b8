# unittest.mock: patch (decorator, class decorator, context manager, start/stop),
# patch.object, patch.dict, patch.multiple, patch.stopall
import re
import os
import unittest
from unittest import mock
from unittest.mock import patch, Mock, MagicMock, NonCallableMagicMock, AsyncMock, DEFAULT, sentinel
import _mock_target as T
ORIG_K = T.Klass

HERE = os.path.dirname(os.path.abspath(__file__))

def r(x):
    x = x if type(x) is str else repr(x)
    return re.sub(r"id='\d+'", "id=ID", x.replace(HERE, '<dir>'))

def err(f, *a, **k):
    try:
        res = f(*a, **k)
        print("  ok", r(res))
    except Exception as e:
        print("  %s: %s" % (type(e).__name__, r(str(e))))

print("-- decorator")
@patch('_mock_target.function')
def test(mocked):
    mocked.return_value = 'mocked'
    print(r(mocked), T.uses_function(), mocked.call_args)
    return 'result'
print(test(), T.uses_function())

@patch('_mock_target.function', new=lambda x: ('new', x))
def test2(*args):
    print(args, T.uses_function())
test2()

@patch('_mock_target.CONSTANT', 'patched')
@patch('_mock_target.function')
@patch('_mock_target.Klass')
def test3(extra, mk, mf):
    print(r(mk), r(mf), extra, T.CONSTANT)
    print(r(T.uses_klass()), mk.call_args, mk.return_value.method.call_args)
test3('extra')
print(T.CONSTANT, test3.__name__, len(test3.patchings))

@patch('_mock_target.function', autospec=True)
def test4(mf):
    T.function(3, y=4)
    mf.assert_called_once_with(3, y=4)
    err(T.function)
    print(r(mf.return_value), type(mf).__name__)
test4()

@patch('os.getcwd', return_value='/fake')
def test5(m):
    print(T.cwd(), m.call_count)
test5()
print(T.cwd() == os.getcwd())

@patch('_mock_target.function', side_effect=KeyError('x'))
def test6(m):
    err(T.uses_function)
test6()

print("-- exceptions restore")
@patch('_mock_target.CONSTANT', 'tmp')
def boom():
    raise ValueError(T.CONSTANT)
err(boom)
print(T.CONSTANT)

print("-- context manager")
with patch('_mock_target.function') as mf:
    mf.return_value = 1
    print(T.uses_function(), r(mf))
print(T.uses_function())
with patch('_mock_target.CONSTANT', new='ctx') as v:
    print(v, T.CONSTANT)
with patch('_mock_target.Klass', new_callable=NonCallableMagicMock) as nk:
    print(type(nk).__name__, r(nk))
with patch('_mock_target.function', new_callable=lambda: 'made') as made:
    print(made, T.function)
with patch('_mock_target.NOT_THERE', create=True) as nt:
    print(r(nt), r(T.NOT_THERE))
print(hasattr(T, 'NOT_THERE'))
with patch('_mock_target.NOT_THERE', 5, create=True):
    print(T.NOT_THERE)
print(hasattr(T, 'NOT_THERE'))
with patch('builtins.ord', return_value=99):
    print(ord('a'))
print(ord('a'))
with patch('_mock_target.ord', create=False, new=lambda x: -1):
    print(T.__dict__['ord']([]))
print('ord' in T.__dict__)

print("-- spec")
with patch('_mock_target.Klass', spec=True) as mk:
    print(r(mk), r(mk(1)))
    err(lambda: mk.nope)
    err(lambda: mk(1).nope)
    print(isinstance(mk(1), ORIG_K), isinstance(mk, type))
with patch('_mock_target.Klass', spec_set=True) as mk:
    err(setattr, mk, 'zz', 1)
with patch('_mock_target.function', spec=True) as mf:
    print(r(mf))
with patch('_mock_target.CONSTANT', spec=True) as mc:
    print(r(mc), type(mc).__name__)
with patch('_mock_target.async_function') as ma:
    print(type(ma).__name__)
with patch('_mock_target.Klass', spec=['a']) as mk:
    print(type(mk).__name__, r(mk))

print("-- start / stop")
p = patch('_mock_target.function', return_value='started')
m = p.start()
print(T.uses_function(), m is T.function)
print(p.stop(), T.uses_function())
print(p.stop())
p1 = patch('_mock_target.CONSTANT', 'one'); p1.start()
p2 = patch.object(T, 'function'); p2.start()
p3 = patch.dict('_mock_target.SETTINGS', {'c': 3}); p3.start()
print(T.CONSTANT, type(T.function).__name__, T.SETTINGS)
patch.stopall()
print(T.CONSTANT, T.function.__name__, T.SETTINGS)
patch.stopall()

print("-- patch.object")
with patch.object(T.Klass, 'method', return_value='pm') as pm:
    print(T.uses_klass(), pm.call_args)
print(T.uses_klass())
with patch.object(T.Klass, 'attr', 'patched attr'):
    print(T.Klass.attr, T.Klass(1).attr)
print(T.Klass.attr)
class Sub(T.Klass):
    pass
with patch.object(Sub, 'attr', 'sub'):
    print(Sub.attr, 'attr' in Sub.__dict__)
print(Sub.attr, 'attr' in Sub.__dict__)
with patch.object(T.Klass, 'prop', new_callable=mock.PropertyMock) as pp:
    pp.return_value = 'mock prop'
    print(T.Klass(1).prop, pp.call_count)
print(T.Klass(1).prop)
inst = T.Klass(2)
with patch.object(inst, 'value', 10):
    print(inst.value)
print(inst.value)
@patch.object(T, 'CONSTANT', 'deco')
def tobj():
    return T.CONSTANT
print(tobj())
err(patch.object, '_mock_target', 'function')

print("-- patch.dict")
d = {'x': 1}
with patch.dict(d, {'y': 2}, z=3) as pd:
    print(pd is d, sorted(d.items()))
print(d)
with patch.dict(d, {'y': 2}, clear=True):
    print(d)
print(d)
@patch.dict('_mock_target.SETTINGS', {'a': 100})
def tdict():
    return dict(T.SETTINGS)
print(tdict(), T.SETTINGS)
with patch.dict(os.environ, {'MOCK_TEST_VAR': 'yes'}):
    print(os.environ['MOCK_TEST_VAR'])
print('MOCK_TEST_VAR' in os.environ)
try:
    with patch.dict(d, {'k': 'v'}):
        d['other'] = 1
        raise RuntimeError('inside')
except RuntimeError as e:
    print(e, d)

print("-- patch.multiple")
with patch.multiple('_mock_target', CONSTANT='multi', function=DEFAULT, Klass=DEFAULT) as vals:
    print(sorted(vals), T.CONSTANT, r(vals['function']), vals['Klass'] is T.Klass)
print(T.CONSTANT)
@patch.multiple(T, function=DEFAULT, CONSTANT='m2')
def tmulti(function):
    print(r(function), T.CONSTANT)
tmulti()
@patch('_mock_target.Klass')
@patch.multiple(T, function=DEFAULT)
def tmulti2(mk, function):
    print(r(mk), r(function))
tmulti2()
err(patch.multiple, T)

print("-- class decorator")
@patch('_mock_target.function')
class Tests(unittest.TestCase):
    def test_one(self, mf):
        T.uses_function()
        mf.assert_called_once_with(1)
        print("test_one", r(mf))
    def test_two(self, mf):
        print("test_two", mf.call_count)
    def helper(self):
        print("helper", T.function.__name__)
for name in ('test_one', 'test_two'):
    res = unittest.TestResult()
    Tests(name).run(res)
    print(name, res.wasSuccessful(), res.errors, res.failures)
Tests('test_one').helper()

@patch.dict(T.SETTINGS, {'cls': True})
class DTests:
    def test_a(self):
        return dict(T.SETTINGS)
    def other(self):
        return dict(T.SETTINGS)
print(DTests().test_a(), DTests().other())

print("-- errors")
err(patch, 'nodots')
err(patch, 42)
err(lambda: patch('_mock_target.missing_attr').start())
err(lambda: patch('no_such_module_xyz.attr').start())
err(lambda: patch('_mock_target.missing.attr').start())
err(patch, '_mock_target.function', new=1, new_callable=Mock)
err(patch, '_mock_target.function', autospec=True, new_callable=Mock)
err(lambda: patch('_mock_target.function', spec=True, autospec=True).start())
err(lambda: patch('_mock_target.function', 3, autospec=True).start())
err(lambda: patch('_mock_target.function', 3, foo=1).start())
err(lambda: patch('_mock_target.nope', spec=True, create=True).start())
err(lambda: patch('_mock_target.nope', autospec=True, create=True).start())
err(patch, '_mock_target.function', autospect=True)
err(patch, '_mock_target.function', spec=Mock())
print(T.function.__name__, T.CONSTANT, T.Klass.__name__)
print(patch.TEST_PREFIX)
