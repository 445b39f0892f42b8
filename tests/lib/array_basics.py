import array, copy
from array import array as A

print(array.typecodes, A is array.ArrayType)
for tc in array.typecodes:
    print(tc, A(tc).itemsize, repr(A(tc)))
a = A('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], type(a[1:]).__name__)
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a.pop(), a.pop(0), a)
a.remove(3); print(a, a.index(4), a.count(2))
a.reverse(); print(a, list(a), 2 in a, 9 in a)
print(a.tolist(), a.tobytes())
b = A('h'); b.frombytes(b'\x01\x00\x02\x00'); print(b)
b.byteswap(); print(b)
b.fromlist([7, 8]); print(b)
u = A('u', 'ab'); print(u, repr(u), u.tounicode()); u.fromunicode('cd'); print(u)
f = A('f', [1.1, 2.5]); print(f, f[0])
d = A('d', [1.1]); print(d)
x = A('i', [1, 2]); y = A('i', [3])
print(x + y, x * 2, 2 * x, x == A('i', [1, 2]), x < y, x != y, x >= y)
x += y; print(x); x *= 2; print(x)
x[1:3] = A('i', [9, 9, 9]); print(x)
del x[0]; print(x)
x[0] = 42; print(x)
c = copy.copy(x); dc = copy.deepcopy(x); c.append(1); print(x, c, dc)
print(x.buffer_info()[1])
print(A('B', b'\x01\x02'))
for tc, v in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 40000), ('H', 70000),
              ('i', 2**31), ('I', 2**32), ('q', 2**63), ('Q', 2**64), ('i', 1.5), ('i', 'x')]:
    try:
        A(tc, [v])
    except Exception as e:
        print(tc, v, type(e).__name__, e)
for bad in [lambda: A('z'), lambda: A('i').pop(), lambda: A('i', [1]).remove(5),
            lambda: A('i', [1]).index(5), lambda: A('i', [1])[3], lambda: A('i').tounicode(),
            lambda: A('i', [1]) + A('d', [1.0]), lambda: A('d', ['a'])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
