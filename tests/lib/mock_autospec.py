# unittest.mock: create_autospec (functions, classes, instances, methods) and
# patch(autospec=True)
import re
import inspect
from unittest.mock import create_autospec, patch, call, Mock, MagicMock, ANY
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

print("-- functions")
def func(a, b, *, c=1):
    return 'real'
af = create_autospec(func, return_value='auto')
print(af(1, 2), af(1, b=2, c=3), af.call_count, af.called)
err(af)
err(af, 1, 2, 3)
err(af, 1, 2, d=4)
print(af.call_args_list, af.mock_calls, af.call_args)
print(type(af).__name__, af.__name__, r(af.mock), inspect.signature(af))
af.assert_called_with(1, 2, c=3)
af.assert_any_call(a=1, b=2)
af.assert_has_calls([call(1, 2), call(1, 2, c=3)])
err(af.assert_called_once_with, 1, 2)
err(af.assert_not_called)
af.return_value = 'changed'
print(af(0, 0), af.mock.return_value)
af.side_effect = [10, 20]
print(af(0, 0), af(0, 0))
af.side_effect = KeyError('k')
err(af, 0, 0)
af.side_effect = None
af.reset_mock()
print(af.call_count, af.mock_calls, af.called)
err(lambda: af.nope)
named = create_autospec(func, name='named')
err(named.assert_called_with, 1, 2)

print("-- classes")
AK = create_autospec(T.Klass)
print(r(AK), type(AK).__name__)
inst = AK(3)
print(r(inst), r(AK.return_value), inst is AK.return_value)
err(AK)
err(AK, 1, 2)
print(r(inst.method(1, b=2)))
err(inst.method)
err(inst.method, 1, 2, 3)
inst.method.assert_called_once_with(1, b=2)
print(AK.mock_calls)
err(AK.method, 1)
print(r(AK.method(inst, 1)))
print(r(AK.cmeth(1)), r(AK.smeth(2)))
err(AK.cmeth)
err(AK.smeth, 1, 2)
print(r(AK.attr), type(AK.attr).__name__)
err(lambda: AK.attr.upper(1, 2, 3, 4, 5))
print(r(AK.attr.upper()))
err(lambda: AK.nope)
err(lambda: inst.nope)
print(isinstance(inst, T.Klass), isinstance(AK, type))
err(inst)

print("-- instance=True")
I = create_autospec(T.Klass, instance=True)
print(type(I).__name__, r(I))
err(I)
print(r(I.method(1)))
err(I.method)
class CallableK:
    def __call__(self, x):
        return x
CI = create_autospec(CallableK, instance=True)
print(type(CI).__name__, r(CI(1)))
err(CI)
err(CI, 1, 2)

print("-- spec_set")
S = create_autospec(T.Klass, spec_set=True)
err(setattr, S, 'nope', 1)
S.attr = 'ok'
print(S.attr)

print("-- patch autospec")
with patch('_mock_target.function', autospec=True) as pf:
    pf.return_value = 'patched'
    print(T.uses_function(), pf.call_args)
    err(T.function)
    pf.assert_called_once_with(1)
with patch('_mock_target.Klass', autospec=True) as pk:
    print(r(T.uses_klass()))
    pk.assert_called_once_with(5)
    pk.return_value.method.assert_called_once_with(1)
    err(T.Klass)
    print(pk.mock_calls)
with patch.object(T.Klass, 'method', autospec=True) as pm:
    obj = T.Klass(1)
    obj.method(7)
    pm.assert_called_once_with(obj, 7)
    err(obj.method)
    print(r(pm.call_args))

print("-- async function autospec")
import asyncio
aaf = create_autospec(T.async_function)
print(asyncio.iscoroutinefunction(aaf), type(aaf.mock).__name__)
async def main():
    return await aaf(1)
print(r(asyncio.run(main())))
aaf.assert_awaited_once_with(1)
err(aaf.assert_awaited_with, 2)

print("-- errors")
err(create_autospec, Mock())
err(create_autospec, func, autospect=True)
L = create_autospec([1, 2])
print(type(L).__name__, r(L.append(3)))
err(L.append)
