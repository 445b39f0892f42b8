x = "global"
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def reads_global():
    return x
print(reads_global())
def class_in_function():
    y = "enclosing"
    class K:
        y = "class attr"
        def method(self):
            return y
    return K().method(), K.y
print(class_in_function())
def counter_factory():
    count = 0
    def make():
        def bump():
            nonlocal count
            count += 1
            return count
        return bump
    return make
mk = counter_factory()
b1, b2 = mk(), mk()
print(b1(), b2(), b1())
def param_shadow(x):
    def inner():
        return x
    return inner()
print(param_shadow("param"))
def loop_var():
    funcs = []
    for name in ["a", "b"]:
        def show(n=name):
            return n
        funcs.append(show)
    return [f() for f in funcs]
print(loop_var())
def comprehension_scope():
    y = 10
    return [y + i for i in range(3)], [[y * j for j in range(2)] for _ in range(2)]
print(comprehension_scope())
def late():
    result = lambda: value
    value = "assigned after lambda creation"
    return result()
print(late())
