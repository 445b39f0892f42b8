import functools


def plain(a, b):
    # inside
    return a + b
# after, at column 0


@functools.lru_cache
def decorated(x):
    return x


@functools.wraps(plain)
def decorated_args(
        x,
        y=(1,
           2)):
    """doc"""
    if x:
        return y
        # deep comment
    # shallow comment
    return x  # trailing


def one_liner(): return 1
sq = lambda x: x * x
pair = [lambda: 1,
        lambda y: y]


class Outer:
    """Outer doc."""

    x = 1

    def method(self):
        def inner():
            return 2
        return inner

    @staticmethod
    def smethod(): pass

    class Inner:
        pass


async def coro():
    await something


def gen():
    return (i for i in
            range(3))


def last_no_newline():
    return 'end'
