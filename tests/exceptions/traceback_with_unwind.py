# Leaving a `with` block by return/break runs __exit__ at the `with` line: an error
# raised there is reported on that line, as CPython does.
import traceback


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("exit")


def f(x):
    with CM():
        return len(
            x)


def g():
    try:
        return 1
    finally:
        1/0


def h():
    for i in range(3):
        with CM():
            break


for fn in (lambda: f("ab"), g, h):
    try:
        fn()
    except Exception:
        traceback.print_exc()
f("abc")
