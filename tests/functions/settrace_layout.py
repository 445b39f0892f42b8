# sys.settrace: line events that depend on the bytecode layout: jumps over else
# branches, nested loops with if/elif, decorated classes, docstring-only functions,
# pass, except*, named handlers, unstarted generators closed while tracing,
# return/break through finally.
from _tracelog import run


def nested_if():
    out = []
    for a in (True, False):
        for b in (True, False):
            if a:
                if b:
                    out.append(1)
                else:
                    out.append(2)
            elif b:
                out.append(3)
    return out


def register(cls):
    return cls


def deco_class():
    @register
    class A:
        pass

    @register
    class B(A):
        x = 1
    return B.x


def doc_only():
    "just a docstring"


def only_pass():
    pass


def call_doc():
    doc_only()
    only_pass()
    return 0


def star():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        a = 1
    except* TypeError as e:
        b = 2
    return a + b


def named_nested():
    try:
        try:
            raise KeyError('k')
        except KeyError as k:
            raise ValueError('v') from k
    except ValueError as v:
        r = str(v)
    return r


def unmatched():
    try:
        try:
            raise KeyError('k')
        except (IndexError, TypeError):
            pass
    except KeyError:
        return 'outer'


def gen():
    yield 1


def unstarted():
    g = gen()
    g.close()
    h = gen()
    del h
    return 'ok'


def finally_loop():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'loop done'


def while_multi():
    i = 0
    while i < 2:
        i += 1
        j = i
    else:
        j = -1
    return j


run(nested_if)
run(deco_class)
run(call_doc)
run(star)
run(named_nested)
run(unmatched)
run(unstarted)
run(finally_loop)
run(while_multi)
