s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[-100:100], repr(s[5:2]), repr(s[100:]))
print(s[2:8:3], s[-1:-5:-1])
l = list(range(10))
print(l[2:5], l[::3], l[::-3], l[-2:], l[5:-5])
print(l[None:None:None], l[slice(2, 8, 2)])
t = tuple(range(6))
print(t[1:4], t[::-1], type(t[1:2]).__name__)
print(l[3:1], l[-1:-1])
b = b"hello"
print(b[1:3], b[::-1], b[1])
r = range(20)
print(r[3:15:4], list(r[3:15:4]))
print(l[1:10:100])
print(s[3:3], s[0:-0])
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l["a":]
except TypeError as e:
    print(type(e).__name__, e)
x = l[:]
print(x == l, x is l)
print(s[True:], l[False])
big = 10 ** 30
print(l[-big:big], s[big:])
