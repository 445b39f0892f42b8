def search(grid, target):
    r = 0
    while r < len(grid):
        c = 0
        while c < len(grid[r]):
            if grid[r][c] == target:
                break
            c += 1
        else:
            r += 1
            continue
        return (r, c)
    return None
grid = [[1, 2], [3, 4], [5, 6]]
print(search(grid, 4), search(grid, 9))
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
        depth += 1
print("lists seen", depth)
i = 10
while i := i - 3:
    if i < 0:
        print("negative", i)
        break
    print("i", i)
count = 0
while True:
    count += 1
    if count < 3:
        continue
    if count == 5:
        break
print("count", count)
a, b = 0, 1
fibs = []
while len(fibs) < 10:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
