if (n := len("hello")) > 3:
    print("long", n)
print(n)

data = [1, 2, 3, 4, 5]
while (item := data.pop()) > 3:
    print("popped", item)
print("stopped at", item, data)

print((y := 10), y)
print([y := 5, y ** 2])

def f(x):
    return x * 2
print([v for x in range(5) if (v := f(x)) > 4])
print(v)

total = 0
vals = [(total := total + x) for x in range(5)]
print(vals, total)

def scope():
    [last := c for c in "abc"]
    return last
print(scope())

print((a := 1) + (b := 2), a, b)
fs = {key: (val := key * 2) for key in (1, 2)}
print(fs, val)
print(any((hit := w).startswith("q") for w in ["apple", "quince", "queen"]), hit)
def default_walrus(a=(w := 7)):
    return a
print(default_walrus(), w)
