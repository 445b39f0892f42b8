# pickle round trips of part-consumed builtin iterators at every protocol; pickling
# does not move the iterator; the pickled bytes match CPython's (md5 of the dump).
import pickle, hashlib

class Seq:
    def __getitem__(self, i):
        if i < 4: return i
        raise IndexError(i)
    def __len__(self): return 4

def makers():
    d = {"a": 1, "b": 2, "c": 3}
    return [
        ("list", iter([1, 2, 3, 4])), ("rlist", reversed([1, 2, 3, 4])),
        ("tuple", iter((1, 2, 3))), ("range", iter(range(0, 20, 3))),
        ("rrange", reversed(range(6))), ("lrange", iter(range(2**65, 2**65 + 4))),
        ("str", iter("abcd")), ("ustr", iter("\xe9\u20acz")), ("bytes", iter(b"abc")),
        ("bytearray", iter(bytearray(b"abc"))), ("dkeys", iter(d)),
        ("dvalues", iter(d.values())), ("ditems", iter(d.items())),
        ("drev", reversed(d)), ("set", iter({7})), ("enumerate", enumerate("xyz", 3)),
        ("reversed", reversed(Seq())), ("seqiter", iter(Seq())),
        ("zip", zip("abc", [1, 2, 3])), ("zipstrict", zip("ab", "cd", strict=True)),
        ("map", map(abs, [-1, -2, -3])), ("filter", filter(None, [0, 1, 0, 2])),
        ("calliter", iter([9, 8, 0, 7].pop, 0)),
    ]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    out = []
    for name, it in makers():
        next(it)
        data = pickle.dumps(it, proto)
        copy = pickle.loads(data)
        out.append("%s:%s:%s" % (name, list(copy), list(it)))
        if proto in (0, 2, 5):
            print(proto, name, type(copy).__name__, hashlib.md5(data).hexdigest()[:12])
    print(proto, " ".join(out))

for name, it in makers():
    list(it)
    copy = pickle.loads(pickle.dumps(it))
    print("exhausted", name, type(copy).__name__, list(copy))

z = pickle.loads(pickle.dumps(zip("ab", "c", strict=True)))
try: list(z)
except ValueError as e: print("ValueError", e)
