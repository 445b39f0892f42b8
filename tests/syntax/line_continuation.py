total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,   # comment inside brackets
    3,
]
print(values)
result = (10
          - 3
          * 2)
print(result)
d = {
    "a": 1,
    "b": 2,
}
print(d)
def f(a,
      b=2,
      *args,
      **kw):
    return a + b
print(f(1,
        3))
s = ("implicit "
     "joining "
     "of strings")
print(s)
if (total > 1 and
        total < 10):
    print("multi-line condition")
x = 1; y = 2; z = x + y
print(x, y, z)
if x: print("one-liner")
for i in range(2): print("loop", i)
while False: pass
class C: attr = 1
print(C.attr)
print(len("""a
b"""), [1,
2][1])
with_backslash = "a" \
    "b"
print(with_backslash)
# comment at end
