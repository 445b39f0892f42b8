i = 0
while i < 5:
    i += 1
print("i =", i)

n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)

n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)

n = 0
total = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    total += n
print("even total", total)

while False:
    print("never")
else:
    print("else of a loop that never ran")

def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([4, 5, 6], 6), find([4, 5, 6], 7))

a, b = 0, 1
while b < 100: a, b = b, a + b
print(a, b)
