# unittest.mock: call objects (_Call) - construction, repr, equality with tuples, call_list
from unittest.mock import call, Mock, ANY

print(repr(call), repr(call()), repr(call(1, 2, a='x')), repr(call.foo), repr(call.foo(1)))
print(repr(call.foo.bar(1, k=2)), repr(call.foo(1).bar()), repr(call()()), repr(call().foo))
print(repr(call.count), repr(call.index(3)), repr(call.args), repr(call.kwargs))
print(call(1, a=2).args, call(1, a=2).kwargs, call.foo(3).args)
print(len(call(1)), len(call.foo), tuple(call.foo(1, a=2)))

print("-- equality")
print(call(1, 2) == call(1, 2), call(1, 2) == call(1, 3), call(1) != call(2))
print(call(1) == ((1,), {}), call(1) == ('', (1,), {}), call(a=1) == ({'a': 1},))
print(call(1) == ((1,),), call() == (), call.foo == ('foo',), call.foo(1) == ('foo', (1,)))
print(call.foo(a=1) == ('foo', {'a': 1}), call.foo(1) == ('bar', (1,), {}))
print(((1,), {}) == call(1), call(1) == [(1,), {}], call(1) == 1, call(1) == (1, 2, 3, 4))
print(call.foo(1) == call.bar(1), call(1) == call.foo(1), call.foo(1) == call(1))
print(call(ANY) == call(1), call(1) == call(ANY), call(1, ANY) == call(1, [3]))
print(call.a(1).b(2) == call.a(1).b(2), call.a(1).b(2) == call.a(2).b(2))
try:
    hash(call(1))
except TypeError as e:
    print("TypeError", e)

print("-- call_list")
print(call.foo(1).bar(2).baz(3).call_list())
print(call(1).call_list(), call.x.call_list())
m = Mock()
m.foo(1).bar(2).baz(3)
print(m.mock_calls == call.foo(1).bar(2).baz(3).call_list())
print(call.foo(1).bar(2).call_list() in [call.foo(1).bar(2).call_list()])

print("-- call lists")
m = Mock()
m(1); m(2); m(3); m.x(4)
cl = m.mock_calls
print(type(cl).__name__, [call(2), call(3)] in cl, [call(3), call(2)] in cl)
print(call(1) in cl, call(9) in cl, [] in cl, [call(1), call(2), call(3), call.x(4), call(5)] in cl)
print(cl == [call(1), call(2), call(3), call.x(4)], cl == [call(1)])
print(m.call_args_list == [((1,),), ((2,),), ((3,),)])
print(repr(m.call_args_list))
big = Mock()
for i in range(12):
    big(i, 'x' * 10)
print(big.call_args_list)
print(str(m.call_args), str(m.x.call_args))
print(m.call_args_list[0] == call(1), m.method_calls[0], m.method_calls[0] == call.x(4))
print(m.mock_calls.index(call(2)), m.mock_calls.count(call(1)))
