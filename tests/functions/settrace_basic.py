# sys.settrace: call/line/return events for plain code: calls, if/else, loops.
from _tracelog import run


def add(a, b):
    return a + b


def nested(x):
    y = add(x, 1)
    z = add(y,
            2)
    return z * 2


def branches(n):
    if n > 2:
        r = 'big'
    elif n > 1:
        r = 'mid'
    else:
        r = 'small'
    return r


def for_loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def for_else(n):
    for i in range(n):
        if i == 5:
            break
    else:
        return 'no break'
    return 'break'


def while_loop(n):
    i = 0
    while i < n:
        i += 1
    return i


def while_true():
    i = 0
    while True:
        i += 1
        if i == 2:
            break
    return i


def while_continue():
    i = 0
    out = []
    while i < 4:
        i += 1
        if i % 2:
            continue
        out.append(i)
    return out


def nested_loops():
    r = 0
    for i in range(2):
        for j in range(2):
            r += i * j
    return r


def one_liner(): return 7


def multi_line_expr(a):
    return (a +
            1 +
            2)


def decorator(f):
    return f


@decorator
def decorated(x):
    return x


def bool_ops(a, b):
    if a and b:
        return 1
    if a or b:
        return 2
    return 3


def no_return():
    x = 1


run(nested, 3)
run(branches, 3)
run(branches, 2)
run(branches, 0)
run(for_loop, 3)
run(for_else, 2)
run(for_else, 7)
run(while_loop, 2)
run(while_true)
run(while_continue)
run(nested_loops)
run(one_liner)
run(multi_line_expr, 1)
run(decorated, 5)
run(bool_ops, 1, 0)
run(no_return)
