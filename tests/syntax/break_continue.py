out = []
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)

# break only leaves the innermost loop
pairs = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        pairs.append((i, j))
print(pairs)

# continue inside try/finally
log = []
for i in range(3):
    try:
        if i == 1:
            continue
        log.append(("body", i))
    finally:
        log.append(("finally", i))
print(log)

# break inside try/finally
log = []
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        log.append(i)
print(log)

# continue in while
n = 0
seen = []
while n < 6:
    n += 1
    if n in (2, 4):
        continue
    seen.append(n)
print(seen)

# break out of with
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a)
for i in range(3):
    with CM():
        break
print("done")
