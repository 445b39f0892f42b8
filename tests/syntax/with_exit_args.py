class Rec:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.args = args
        return None

r = Rec()
with r:
    pass
print(r.args)

with r:
    pass
try:
    with r:
        raise ValueError("boom")
except ValueError:
    pass
et, ev, tb = r.args
print(et.__name__, ev, tb is not None, type(tb).__name__)

class Truthy:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return "yes"   # truthy: suppresses
with Truthy():
    1 / 0
print("suppressed by truthy return")

class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with Bad():
        print("body not run")
except RuntimeError as e:
    print(type(e).__name__, e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except KeyError as e:
    print(repr(e), "context", repr(e.__context__))

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
