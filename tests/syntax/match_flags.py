# match: which types match sequence and mapping patterns (collection flags, abc registration, MRO)
import collections, collections.abc, array
def kind(x):
    match x:
        case [*_]: return "seq"
        case {}: return "map"
        case _: return "other"
class M(collections.abc.Mapping):
    def __getitem__(self, k): return {"a": 1}[k]
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
class S(collections.abc.Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
class Parent: pass
class ChildPre(Parent): pass
collections.abc.Mapping.register(Parent)
class ChildPost(Parent): pass
class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class S4(collections.UserList, dict, C): pass
for v in [[1], (1,), range(3), "abc", b"ab", bytearray(b"x"), memoryview(b"ab"), collections.deque([1]),
          array.array("i", [1]), {}, collections.OrderedDict(), collections.defaultdict(int),
          collections.UserDict(), collections.UserList(), M(), S(), Parent(), ChildPre(), ChildPost(),
          M1(), M2(), M3(), S4(), type.__dict__, 3, None, {1}, frozenset()]:
    print(type(v).__name__, kind(v))
match M():
    case {"a": v, **rest}: print("M", v, rest)
match S():
    case [a, b]: print("S", a, b)
match collections.defaultdict(int, {1: 2}):
    case {3: _}: print("bad")
    case {1: x} as d: print("dd", x, dict(d))
