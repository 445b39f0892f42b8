# glob over a small tree made for the test: wildcards, character classes, hidden
# names, '**' with recursive=True, root_dir, escape and has_magic.
import glob
import os

base = "/tmp/glass_glob_%d" % os.getpid()
files = ["a.py", "b.py", "c.txt", ".hidden.py", "sub/d.py", "sub/e.txt",
         "sub/deep/f.py", "sub/.secret/g.py", "x[1].py"]
for f in files:
    path = os.path.join(base, f)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(f)


def show(pattern, **kw):
    got = sorted(glob.glob(pattern, root_dir=base, **kw))
    print(pattern, kw or "", got)


show("*.py")
show("?.py")
show("[ab].py")
show("[!a].*")
show("*")
show("*", include_hidden=True)
show("sub/*")
show("*/*.py")
show("**/*.py")
show("**/*.py", recursive=True)
show("**", recursive=True)
show("sub/**/", recursive=True)
show("**/*.py", recursive=True, include_hidden=True)
show("sub/")
show("nothing*")
show("a.py")
show("missing.py")
show(glob.escape("x[1].py"))
print(sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, "s*", "*.txt"))))
print(sorted(glob.iglob("*.txt", root_dir=base)))
print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"))
print(glob.escape("a?b*c[d]"), glob.escape(b"*"))

for f in files:
    os.remove(os.path.join(base, f))
for d in ["sub/deep", "sub/.secret", "sub", ""]:
    os.rmdir(os.path.join(base, d))
print(os.path.exists(base))
