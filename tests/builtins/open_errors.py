import sys
path = "/tmp/glass_test_open_errors.txt"
try:
    open("/tmp/glass_no_such_dir_xyz/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(str(e))
    print(isinstance(e, OSError))
for mode in ("z", "rw", "rr", "", "wa", "bt"):
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), type(e).__name__, e)
try:
    open(path, "wb", encoding="utf-8")
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(5.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(path, "w") as f:
    f.write("x")
try:
    with open(path, "x") as f:
        pass
except FileExistsError as e:
    print(type(e).__name__, e.strerror)
with open(path) as f:
    try:
        f.write("nope")
    except Exception as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
f = open(path)
f.close()
f.close()
print("double close is fine", f.closed)
open(path, "w").close()  # leave nothing behind (no os module: the runner removes the file)
