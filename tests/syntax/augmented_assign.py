x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 0b1100
n &= 0b1010; print(n)
n |= 0b0001; print(n)
n ^= 0b1111; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
s = "ab"
s *= 3; print(s)
s += "!"; print(s)
l = [1]
l *= 2; print(l)
l += (3,); print(l)
d = {"a": 1}
d["a"] += 10; print(d)
d.setdefault("b", []).append(1)
d["b"] += [2]; print(d)
class O:
    v = 1
o = O()
o.v += 1
print(o.v, O.v)
lst = [[0]]
lst[0][0] += 5
print(lst)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [1]
arr[idx()] += 1
print(arr, calls)
try:
    undefined_var += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    t = (1,)
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
