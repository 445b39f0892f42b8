path = "/tmp/glass_test_open_binary.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01\x02hello\xff"), f.tell())
with open(path, "rb") as f:
    data = f.read()
    print(data, len(data), type(data).__name__, f.tell())
    f.seek(0)
    print(f.read(3), f.tell())
    f.seek(3)
    print(f.read(5))
    f.seek(-1, 2)
    print(f.read(), f.tell())
    f.seek(2, 0)
    f.seek(2, 1)
    print(f.tell(), f.read(1))
with open(path, "r+b") as f:
    f.seek(3)
    f.write(b"HE")
with open(path, "rb") as f:
    print(f.read())
with open(path, "ab") as f:
    f.write(bytes(range(3)))
with open(path, "rb") as f:
    print(list(f.read()[-4:]))
with open(path, "w") as f:
    f.write("abc\ndef\n")
with open(path) as f:
    f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(repr(rest), f.read() == rest, pos)
with open(path, "rb") as f:
    print(f.readlines(), f.readable(), f.writable(), f.seekable())
with open(path, "rb") as f:
    print([line for line in f])
try:
    with open(path, "rb") as f:
        f.write(b"x")
except Exception as e:
    print(type(e).__name__)
open(path, "w").close()  # leave nothing behind (no os module: the runner removes the file)
