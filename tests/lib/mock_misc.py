# unittest.mock: assorted behaviours (wraps with magics, named-call signature matching,
# return_value adoption, unittest integration, async patching, dir of MagicMock)
import re
import asyncio
import inspect
import unittest
from unittest import mock
from unittest.mock import (Mock, MagicMock, AsyncMock, NonCallableMock, patch, call,
                           create_autospec, seal, sentinel, DEFAULT, ANY, FILTER_DIR)
import _mock_target as T

def r(x):
    x = x if type(x) is str else repr(x)
    x = re.sub(r"id='\d+'", "id=ID", x)
    return re.sub(r"0x[0-9a-f]+", "0x...", x)

def err(f, *a, **k):
    try:
        res = f(*a, **k)
        print("  ok", r(res))
    except Exception as e:
        print("  %s: %s" % (type(e).__name__, r(str(e))))

print(sorted(mock.__all__))
print("-- plain Mock protocol")
m = Mock()
print(r(str(m)), bool(m), m == m, m == Mock(), hash(m) == hash(m), m != m)
err(len, m)
err(iter, m)
print(r(m.__class__))

print("-- return_value adoption")
m = Mock()
child = Mock()
m.return_value = child
m().foo(1)
print(m.mock_calls, r(child), r(child.foo))
m2 = Mock(return_value=Mock(name='named_rv'))
m2().x()
print(m2.mock_calls)
m3 = Mock()
m3.side_effect = lambda: sentinel.result
print(m3(), m3.return_value is not sentinel.result)

print("-- wraps and magics")
class Box:
    def __len__(self): return 42
    def __iter__(self): return iter('xy')
    def get(self): return 'got'
mw = MagicMock(wraps=Box())
print(len(mw), list(mw), mw.get())
print(mw.get.call_count)

print("-- autospec named call matching")
AK = create_autospec(T.Klass)
inst = AK(1)
inst.method(1, b=2)
err(AK.assert_has_calls, [call(1), call().method(1, 2)])
err(AK.assert_has_calls, [call(1), call().method(1, b=2)])
err(inst.method.assert_called_with, a=1, b=2)
err(inst.assert_has_calls, [call.method(a=1, b=2)])
err(AK.assert_has_calls, [call().method(2)])
err(AK.assert_has_calls, [call(value=1)])
print(AK.mock_calls == [call(1), call().method(1, b=2)])
print(inspect.signature(AK), inspect.signature(inst.method))

print("-- sealing autospec and children")
m = Mock()
m.child.grandchild.return_value = 3
seal(m)
print(m.child.grandchild())
err(lambda: m.child.other)
err(lambda: m.child.grandchild.return_value.deeper)

print("-- dir of MagicMock / FILTER_DIR")
names = dir(MagicMock())
print([n for n in names if n.startswith('__')][:5], 'assert_called' in names, FILTER_DIR)
print(len(dir(Mock(spec=T.Klass))) >= len(dir(T.Klass)), 'method' in dir(Mock(spec=T.Klass)))

print("-- side_effect getter")
m = Mock(side_effect=(1, 2))
print(type(m.side_effect).__name__, m(), list(m.side_effect))
m = Mock(side_effect=KeyError)
print(m.side_effect)

print("-- mock_calls across return values and magics")
mm = MagicMock()
mm.a.b()['k'].c(1)
print(mm.mock_calls)
print(mm.method_calls)

print("-- configure_mock with magic and nested return values")
m = MagicMock()
m.configure_mock(**{'__len__.return_value': 3, 'method.return_value.attr': 'deep'})
print(len(m), m.method().attr)

print("-- unittest integration")
class TC(unittest.TestCase):
    def setUp(self):
        p = patch('_mock_target.CONSTANT', 'in setUp')
        self.const = p.start()
        self.addCleanup(p.stop)

    @patch('_mock_target.function', return_value='deco')
    def test_patched(self, mf):
        self.assertEqual(T.uses_function(), 'deco')
        self.assertEqual(mf.call_args, call(1))
        self.assertEqual(T.CONSTANT, 'in setUp')
        mf.assert_called_once_with(1)

    @patch.object(T, 'function')
    def test_failing(self, mf):
        T.uses_function()
        mf.assert_called_once_with(2)

    def test_context(self):
        with patch.dict(T.SETTINGS, clear=True):
            self.assertEqual(T.SETTINGS, {})

res = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(TC).run(res)
print(res.testsRun, len(res.failures), len(res.errors), T.CONSTANT, T.SETTINGS)
print(res.failures[0][1].strip().splitlines()[-3:])

print("-- async patch decorator")
@patch('_mock_target.async_function')
async def atest(amf):
    amf.return_value = 'patched async'
    return await T.async_function(3), type(amf).__name__
print(asyncio.run(atest()), T.async_function.__name__)
@patch.dict(T.SETTINGS, {'async': 1})
async def atest2():
    return dict(T.SETTINGS)
print(asyncio.run(atest2()), T.SETTINGS)

print("-- reset_mock keeps configuration")
m = Mock(return_value=1, side_effect=[5])
m.reset_mock()
print(m(), m.call_count)
m = MagicMock()
m.__len__.return_value = 4
len(m)
m.reset_mock()
print(len(m), m.__len__.call_count)

print("-- NonCallableMock children and calls of call")
nc = NonCallableMock()
nc.meth(1)
print(nc.method_calls, nc.mock_calls)
print(call.foo.bar.call_list(), repr(call().foo()), call.foo()() == call.foo()())

print("-- spec'd on builtins and classes without __init__")
class NoInit:
    pass
for spec in (NoInit, len, int, NoInit()):
    m = Mock(spec=spec)
    m(1)
    err(m.assert_has_calls, [call(2)], any_order=True)
    err(m.assert_called_with, 1)
    err(m.assert_called_with, x=1)
a = create_autospec(len)
err(a, 1, 2)
err(create_autospec(int), 1, 2, 3)
err(create_autospec(NoInit, instance=True))
err(create_autospec(NoInit), 5)
print(inspect.signature(create_autospec(NoInit)))
