import filecmp
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp(prefix="glass_filecmp_")
old = os.getcwd()
os.chdir(tmp)


def w(path, data):
    # (no os.utime in Glass yet: differing files differ in size, so that a shallow
    # comparison gives the same answer whatever the modification times)
    with open(path, "w") as f:
        f.write(data)


try:
    for d in ["L", "R", "L/sub", "R/sub", "L/onlyL", "R/onlyR", "L/.git", "R/.git",
              "L/mixed", "L/sub/deep", "R/sub/deep"]:
        os.mkdir(d)
    w("R/mixed", "file here")
    w("L/same.txt", "hello")
    w("R/same.txt", "hello")
    w("diff_a", "hello")
    w("diff_b", "hellO")
    w("L/len.txt", "short")
    w("R/len.txt", "longer one")
    w("L/stamp.txt", "aaaa")
    w("R/stamp.txt", "aaaa")
    w("L/only_left.txt", "x")
    w("R/only_right.txt", "y")
    w("L/sub/s.txt", "1")
    w("R/sub/s.txt", "22")
    w("L/sub/deep/d.txt", "q")
    w("R/sub/deep/d.txt", "q")
    w("L/tags", "ignored")

    print(filecmp.cmp("L/same.txt", "R/same.txt"), filecmp.cmp("diff_a", "diff_a"),
          filecmp.cmp("diff_a", "diff_b", shallow=False),
          filecmp.cmp("L/len.txt", "R/len.txt"), filecmp.cmp("L/stamp.txt", "R/stamp.txt"),
          filecmp.cmp("L/sub", "R/sub"))
    try:
        filecmp.cmp("L/nope", "R/same.txt")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.filename)
    print(filecmp.cmpfiles("L", "R", ["same.txt", "len.txt", "nope", "sub"]))
    print(filecmp.cmpfiles(".", ".", ["diff_a", "stamp.txt"], shallow=False))
    print(filecmp.cmpfiles("L", "R", ["len.txt", "stamp.txt"], shallow=False))
    filecmp.clear_cache()

    d = filecmp.dircmp("L", "R")
    print(d.left_list)
    print(d.right_list, d.common)
    print(d.left_only, d.right_only)
    print(d.common_dirs, d.common_files, d.common_funny)
    print(d.same_files, d.diff_files, d.funny_files)
    print(sorted(d.subdirs), type(d.subdirs["sub"]).__name__)
    d.report()
    print("--")
    d.report_partial_closure()
    print("--")
    d.report_full_closure()
    try:
        d.nothing
    except AttributeError as e:
        print("AttributeError", e)
    d2 = filecmp.dircmp("L", "R", ignore=[], hide=[])
    print(d2.left_only, d2.common)
    print(filecmp.DEFAULT_IGNORES, sorted(filecmp.__all__), filecmp.dircmp[int])
finally:
    os.chdir(old)
    shutil.rmtree(tmp)
