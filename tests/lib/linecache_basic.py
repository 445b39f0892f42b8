# linecache: getline / getlines / clearcache / checkcache / updatecache
import linecache

here = __file__
print(repr(linecache.getline(here, 1)))
print(repr(linecache.getline(here, 2)))
print(repr(linecache.getline(here, 0)), repr(linecache.getline(here, 10000)))
lines = linecache.getlines(here)
print(len(lines) > 10, lines[2].startswith("import"))
print(here in linecache.cache)
linecache.checkcache(here)
print(here in linecache.cache)
linecache.clearcache()
print(here in linecache.cache, len(linecache.cache))
print(linecache.getlines("/no/such/file.py"), repr(linecache.getline("<string>", 1)))
path = "/tmp/glass_test_linecache.txt"
with open(path, "w") as f:
    f.write("one\ntwo")
print(linecache.getlines(path))
with open(path, "w") as f:
    f.write("changed\n")
print(linecache.getline(path, 1).strip())
linecache.checkcache(path)
print(linecache.getline(path, 1).strip())
print(linecache.updatecache(path))
