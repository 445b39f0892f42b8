path = "/tmp/glass_test_open_text.txt"
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("line three")
    print("write returned", n, type(f).__name__, f.closed, f.mode, f.name == path)
print("closed after with:", f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo €\n")
with open(path, encoding="utf-8") as f:
    s = f.read()
print(repr(s), len(s))
with open(path, "rb") as f:
    print(f.read())
f = open(path)
print(f.read(3), f.read(2), repr(f.read()), repr(f.read()))
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "w") as f:
    print("via print", 42, file=f)
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(f.read().split("\n"))
import sys
print("write" in dir(sys.stdout))
open(path, "w").close()  # leave nothing behind (no os module: the runner removes the file)
