values = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [[]], (), ((),), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\x00"]
print([bool(v) for v in values])
print(["T" if v else "F" for v in values])
count = 0
for v in values:
    if not v:
        count += 1
print("falsy count", count)
print(list(filter(None, values)))
class Truthy:
    def __len__(self):
        return 1
print(bool(Truthy()), bool(Truthy()) is True, [1 for _ in range(3) if Truthy()])
x = [] or "default"
y = [0] or "default"
z = None and "never"
print(x, y, z)
w = 0
while not w:
    w += 1
print("while used truthiness:", w)
print(all(values[1:2]), any(values[:1]), sum(map(bool, values)))
print("yes" if "False" else "no", "yes" if 0.0 else "no", "yes" if -0.0 else "no")
assert [1], "non-empty list is truthy"
print([v for v in (0, 1, 2) if v] + [v for v in (0, 1, 2) if not v])
print(not not "x", not not "", (1 and "a") or "b", (0 and "a") or "b")
print(bool(float("nan")), bool(complex(0, 0)), bool(complex(0, 1)))
