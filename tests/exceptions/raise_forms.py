try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
try:
    raise ValueError("instance")
except ValueError as e:
    print("instance raised:", repr(e))
def make():
    return KeyError("made")
try:
    raise make()
except KeyError as e:
    print("call result raised:", repr(e))
try:
    raise Exception("a", "b", 3)
except Exception as e:
    print(e.args, str(e))
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
try:
    raise NeedsArgs(1, 2)
except NeedsArgs as e:
    print(repr(e))
try:
    raise NeedsArgs
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise StopIteration(7)
except StopIteration as e:
    print(e.value)
class NotAnException:
    pass
for bad in (NotAnException, NotAnException(), "string", 42, None):
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
e = ValueError("reused")
for i in range(2):
    try:
        raise e
    except ValueError as caught:
        print(i, caught is e)
try:
    raise SystemExit(0)
except SystemExit as s:
    print("SystemExit caught with code", s.code)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
