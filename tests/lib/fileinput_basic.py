import fileinput
import gzip
import io
import os
import shutil
import sys
import tempfile

tmp = tempfile.mkdtemp(prefix="glass_fileinput_")
old = os.getcwd()
os.chdir(tmp)
try:
    with open("a.txt", "w") as f:
        f.write("a1\na2\na3")
    with open("b.txt", "w") as f:
        f.write("b1\nb2\n")
    with open("empty.txt", "w") as f:
        pass
    with open("lat.txt", "wb") as f:
        f.write("caf\u00e9\n".encode("latin-1"))
    with gzip.open("z.gz", "wb") as f:
        f.write(b"gz1\ngz2\n")

    for line in fileinput.input(["a.txt", "empty.txt", "b.txt"]):
        print(repr(line), fileinput.filename(), fileinput.lineno(), fileinput.filelineno(),
              fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 0)
    print(fileinput.filename(), fileinput.lineno())
    fileinput.close()
    try:
        fileinput.lineno()
    except RuntimeError as e:
        print("RuntimeError", e)

    fi = fileinput.input(("a.txt", "b.txt"))
    print(next(fi), end="")
    try:
        fileinput.input("b.txt")
    except RuntimeError as e:
        print("RuntimeError", e)
    fileinput.nextfile()
    print(fileinput.filename(), fileinput.fileno())
    print(list(fi), fileinput.lineno())
    fileinput.close()

    with fileinput.FileInput("a.txt", mode="rb") as fi:
        print(list(fi), fi.filename())
    with fileinput.FileInput(files=["a.txt", "b.txt"]) as fi:
        print(fi.readline(), fi.readline(), fi.readline(), fi.readline(), fi.lineno())
        fi.nextfile()
        print(repr(fi.readline()), fi.filename(), repr(fi.readline()), repr(fi.readline()))
    print(fi.fileno(), fi.filename())

    for kw in [dict(mode="w"), dict(inplace=True, openhook=open), dict(openhook=3)]:
        try:
            fileinput.FileInput("a.txt", **kw)
        except ValueError as e:
            print("ValueError", e)

    with fileinput.input("lat.txt", openhook=fileinput.hook_encoded("latin-1")) as fi:
        print(list(fi))
    with fileinput.input("lat.txt", encoding="latin-1") as fi:
        print(list(fi))
    with fileinput.input(["z.gz", "b.txt"], openhook=fileinput.hook_compressed) as fi:
        print(list(fi))
    with fileinput.input(["z.gz"], mode="rb", openhook=fileinput.hook_compressed) as fi:
        print(list(fi))

    with fileinput.input(["a.txt", "b.txt"], inplace=True) as fi:
        for line in fi:
            print(fi.filelineno(), line.upper(), end="")
    print("stdout restored")
    print(open("a.txt").read(), open("b.txt").read(), sorted(os.listdir(".")))
    with fileinput.input("b.txt", inplace=True, backup=".orig") as fi:
        for line in fi:
            if "2" not in line:
                sys.stdout.write(line.lower())
    print(open("b.txt").read(), open("b.txt.orig").read(), sorted(os.listdir(".")))

    sys.stdin = io.StringIO("s1\ns2\n")
    with fileinput.input(["-", "a.txt"]) as fi:
        for line in fi:
            print(repr(line), fi.filename(), fi.isstdin())
    sys.stdin = sys.__stdin__
    try:
        list(fileinput.input("missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename)
    fileinput.close()
    print(fileinput.FileInput[str], sorted(fileinput.__all__))
finally:
    os.chdir(old)
    shutil.rmtree(tmp)
