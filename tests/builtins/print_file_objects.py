import sys
class Collector:
    def __init__(self):
        self.data = ""
        self.flushed = 0
    def write(self, s):
        self.data += s
        return len(s)
    def flush(self):
        self.flushed += 1
c = Collector()
print("a", 1, None, file=c)
print("b", end="", file=c)
print("c", sep="-", file=c, flush=True)
print(repr(c.data), c.flushed)
print(*["x", "y", "z"], sep="", end="!\n", file=c)
print(repr(c.data))
old = sys.stdout
sys.stdout = c
print("captured while redirected")
sys.stdout = old
print("restored;", repr(c.data.splitlines()[-1]))
print("err line", file=sys.stderr)
sys.stderr.write("direct stderr\n")
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
class BadWrite:
    def write(self, s):
        raise IOError("disk full")
try:
    print("x", file=BadWrite())
except OSError as e:
    print(type(e).__name__, e)
print("", sep="", end="")
print(sep="x", end="|\n")
print("unicode: é € 😀")
print(1, 2, 3, sep=None)
print(str(print.__name__), callable(print))
