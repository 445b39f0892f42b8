# sys.settrace: 'exception' events, try/except/finally, with, unwinding.
from _tracelog import run


def raiser(x):
    if x:
        raise ValueError(x)
    return x


def caught():
    try:
        raiser(1)
    except ValueError as e:
        r = str(e)
    return r


def caught_here():
    try:
        raise KeyError('k')
    except KeyError:
        pass
    return 'ok'


def uncaught():
    x = 1
    raiser(x)
    return x


def finally_return():
    try:
        return 1
    finally:
        x = 2


def finally_exc():
    try:
        raiser(2)
    finally:
        y = 3


def try_else():
    try:
        x = 1
    except Exception:
        x = 2
    else:
        x = 3
    finally:
        x += 1
    return x


def reraise():
    try:
        raiser(3)
    except ValueError:
        raise


def chain():
    try:
        raiser(4)
    except ValueError as e:
        raise TypeError('t') from e


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return a[0] is KeyError


def with_ok():
    with CM() as c:
        x = 1
    return x


def with_suppress():
    with CM():
        raise KeyError('s')
    return 'suppressed'


def with_exc():
    with CM():
        raise IndexError('i')
    return 'no'


def nested_try():
    try:
        try:
            raiser(5)
        finally:
            a = 1
    except ValueError:
        b = 2
    return a + b


def exc_in_loop():
    n = 0
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            n += 1
        except ValueError:
            n += 10
    return n


def return_in_finally_loop():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            i = -1


def assert_fail():
    assert 1 == 2, 'nope'


run(caught)
run(caught_here)
run(uncaught)
run(finally_return)
run(finally_exc)
run(try_else)
run(reraise)
run(chain)
run(with_ok)
run(with_suppress)
run(with_exc)
run(nested_try)
run(exc_in_loop)
run(return_in_finally_loop)
run(assert_fail)
