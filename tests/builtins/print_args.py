import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print(1, 2.5, None, True, [1], {"k": 1}, (1,), sep="|")
print("no newline", end="")
print(" continued")
print(*range(5))
print(*range(5), sep=", ")
print("x", sep=None, end=None)
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("", end="")
print("multi\nline")
print("a", "b", sep="\n")
print(end="only end\n")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
print(file=None)
