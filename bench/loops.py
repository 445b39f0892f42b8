# Integer loops and arithmetic: the interpreter's dispatch and small-int fast paths.
def collatz_total(limit):
    total = 0
    for n in range(1, limit):
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
    return total

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(flags)

def arith(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i * i - (i // 3) + (i % 7)) % 1000003
    return acc

print(collatz_total(60000), sieve(600000), arith(600000))
