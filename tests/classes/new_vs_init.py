# __new__ creates, __init__ initialises; argument checks of object.__new__/__init__
class Tracked:
    def __new__(cls, *args, **kw):
        print("  __new__", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        print("  __init__", args, kw)
        self.args = args
t = Tracked(1, k=2)
print(t.args)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("  never")
print(Other())
class SubReturn:
    def __new__(cls):
        return object.__new__(Child)
    def __init__(self):
        print("  SubReturn.__init__ on", type(self).__name__)
class Child(SubReturn):
    pass
print(type(SubReturn()).__name__)
class Unrelated:
    def __new__(cls):
        return object.__new__(Plain)
class Plain:
    def __init__(self):
        print("  Plain.__init__ never")
print(type(Unrelated()).__name__)
for cls, args, kw in [(Plain, (1,), {}), (object, (1,), {}), (Plain, (), {"x": 1})]:
    try:
        cls(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
