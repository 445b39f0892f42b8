# sys.settrace: generators (resume = 'call', yield = 'return'), comprehensions,
# lambdas, class bodies, yield from, close/throw.
from _tracelog import run


def gen(n):
    for i in range(n):
        yield i
    return 'done'


def use_gen():
    out = []
    for v in gen(2):
        out.append(v)
    return out


def gen_next():
    g = gen(1)
    a = next(g)
    try:
        next(g)
    except StopIteration as e:
        return a, e.value


def deleg():
    r = yield from gen(2)
    yield r


def use_deleg():
    return list(deleg())


def comps():
    a = [x * 2 for x in range(2)]
    b = {x: x for x in range(1)}
    c = {x for x in
         range(2)}
    d = list(x for x in range(2))
    return a, b, c, d


def lambdas():
    f = lambda x: x + 1
    g = (lambda y:
         y * 2)
    return f(1), g(2)


def class_body():
    class K:
        a = 1

        def m(self):
            return self.a
    return K().m()


def gen_close():
    g = gen(3)
    next(g)
    g.close()
    return 'closed'


def gen_throw():
    g = gen(3)
    next(g)
    try:
        g.throw(KeyError('t'))
    except KeyError:
        return 'thrown'


def two_yields_one_line():
    yield 1; yield 2


def use_two():
    return list(two_yields_one_line())


def gen_expr_sum():
    return sum(i for i in range(3))


run(use_gen)
run(gen_next)
run(use_deleg)
run(comps)
run(lambdas)
run(class_body)
run(gen_close)
run(gen_throw)
run(use_two)
run(gen_expr_sum)
