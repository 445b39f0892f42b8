def numbers(n):
    for i in range(n):
        print("  produce", i)
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
pipe = evens(squares(numbers(5)))
print("pipeline built, nothing produced yet")
print(next(pipe))
print(list(pipe))
def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(7), 3)))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise("abcd")), list(pairwise([])))
def cycle(seq, times):
    for _ in range(times):
        yield from seq
print(list(cycle("ab", 3)))
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(accumulate(x for x in range(1, 6))))
lines = ["# comment", "a=1", "", "b = 2", "#x", "c=3"]
parsed = (l.split("=") for l in lines if l and not l.startswith("#"))
cfg = {k.strip(): int(v) for k, v in parsed}
print(cfg)
g = (x for x in range(3))
print(sum(g), sum(g))
