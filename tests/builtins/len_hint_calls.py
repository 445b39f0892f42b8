# Which special methods builtins call, and in which order, when they consume an
# iterable that also has __len__: CPython asks __iter__ first, then __len__ once
# (as a length hint).
class A:
    def __iter__(self):
        print("iter"); return iter([1, 2])
    def __len__(self):
        print("len"); return 2
print(list(A()))
print(tuple(A()))
l = [0]; l.extend(A()); print(l)
print(sorted(A()))
print(set(A()))
print(dict.fromkeys(A()))
print(bytearray(A()))
print(list(map(str, A())))
print([*A()])
