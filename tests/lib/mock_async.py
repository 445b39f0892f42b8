# unittest.mock: AsyncMock (awaiting, side effects, assert_awaited*) and async magics
import re
import asyncio
import inspect
from unittest.mock import AsyncMock, MagicMock, Mock, call, ANY, patch

def r(x):
    x = x if type(x) is str else repr(x)
    return re.sub(r"id='\d+'", "id=ID", x)

def check(label, f, *a, **k):
    try:
        res = f(*a, **k)
        print(label, "ok", r(res) if res is not None else "")
    except Exception as e:
        print(label, "->", type(e).__name__, r(str(e)).replace('\n', ' | '))

run = asyncio.run

am = AsyncMock(return_value='rv')
print(inspect.iscoroutinefunction(am), asyncio.iscoroutinefunction(am), r(am))
print(inspect.isawaitable(am), callable(am))
async def use(m, *a, **k):
    return await m(*a, **k)
print(run(use(am, 1, k=2)))
print(am.called, am.call_count, am.await_count, am.await_args, am.await_args_list)
am.assert_awaited()
am.assert_awaited_once()
am.assert_awaited_with(1, k=2)
am.assert_awaited_once_with(1, k=2)
am.assert_any_await(1, k=ANY)
am.assert_has_awaits([call(1, k=2)])
check("not_awaited", am.assert_not_awaited)
check("awaited_with", am.assert_awaited_with, 2)
check("any_await", am.assert_any_await, 3)
check("has_awaits", am.assert_has_awaits, [call(9)])
check("has_awaits any", am.assert_has_awaits, [call(9), call(1, k=2)], any_order=True)
run(use(am, 5))
check("awaited_once", am.assert_awaited_once)
check("awaited_once_with", am.assert_awaited_once_with, 5)

fresh = AsyncMock(name='fresh')
check("f awaited", fresh.assert_awaited)
check("f awaited_once", fresh.assert_awaited_once)
check("f awaited_with", fresh.assert_awaited_with, 1)
check("f has", fresh.assert_has_awaits, [call()])
check("f not", fresh.assert_not_awaited)

print("-- call without await")
lazy = AsyncMock()
coro = lazy(1)
print(lazy.call_count, lazy.await_count, inspect.iscoroutine(coro))
async def later():
    return await coro
print(r(run(later())), lazy.await_count)

print("-- side effects")
se = AsyncMock(side_effect=[1, KeyError('two')])
print(run(use(se)))
check("se exc", run, use(se))
check("se exhausted", run, use(se))
se = AsyncMock(side_effect=ValueError('v'))
check("se cls", run, use(se))
async def afunc(x):
    return x * 10
se = AsyncMock(side_effect=afunc)
print(run(use(se, 4)))
se = AsyncMock(side_effect=lambda x: x + 1)
print(run(use(se, 4)))
w = AsyncMock(wraps=afunc)
print(run(use(w, 3)))
print(r(run(use(AsyncMock()))))

print("-- children")
am = AsyncMock()
print(type(am.method).__name__, type(am()).__name__ if False else '', type(am.__len__).__name__)
async def children():
    await am.method(1)
    await am.other.deep(2)
run(children())
print(am.mock_calls, am.method_calls)
am.method.assert_awaited_once_with(1)
am.reset_mock()
print(am.await_count, am.method.await_count, am.method.await_args)

print("-- async context managers and iterators on MagicMock")
mm = MagicMock()
mm.__aiter__.return_value = [1, 2, 3]
async def ctx():
    async with mm as v:
        out = [r(v)]
    async for x in mm:
        out.append(x)
    return out
print(run(ctx()))
print(mm.__aenter__.await_count, mm.__aexit__.await_args)
am = AsyncMock()
async def ctx2():
    async with am as v:
        pass
    return [x async for x in am]
print(run(ctx2()), type(am.__aenter__).__name__)

print("-- spec")
class Svc:
    async def fetch(self, x): pass
    def sync(self): pass
m = Mock(spec=Svc)
print(type(m.fetch).__name__, type(m.sync).__name__)
m = MagicMock(spec=afunc)
print(type(m).__name__, asyncio.iscoroutinefunction(m))
print(run(use(m, 1)) is m.return_value)
with patch.object(Svc, 'fetch') as pf:
    print(type(pf).__name__)
