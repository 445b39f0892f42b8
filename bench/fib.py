# Recursive Fibonacci: function-call overhead (fib(30), three times).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for _ in range(3):
    total += fib(30)
print(fib(30), total)
