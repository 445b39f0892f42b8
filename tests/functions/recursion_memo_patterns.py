calls = 0
def fib_plain(n):
    global calls
    calls += 1
    return n if n < 2 else fib_plain(n - 1) + fib_plain(n - 2)
print(fib_plain(20), calls)
cache = {}
def fib_memo(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    cache[n] = r
    return r
print(fib_memo(300), len(cache))
def fib_default(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = fib_default(n - 1) + fib_default(n - 2)
    return memo[n]
print(fib_default(100), len(fib_default.__defaults__[0]))
def count_ways(n, coins):
    table = [1] + [0] * n
    for c in coins:
        for amount in range(c, n + 1):
            table[amount] += table[amount - c]
    return table[n]
print(count_ways(100, [1, 5, 10, 25, 50]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def binary_search(seq, target, lo=0, hi=None):
    if hi is None:
        hi = len(seq)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] < target:
        return binary_search(seq, target, mid + 1, hi)
    return binary_search(seq, target, lo, mid)
data = list(range(0, 1000, 7))
print(binary_search(data, 693), binary_search(data, 694))
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right
print(merge_sort([5, 3, 9, 1, 5, 0, -2, 8]))
