def read_chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]
print(list(read_chunks("abcdefgh", 3)))
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total([1, 2, 3, 4])))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
def window(seq, n):
    it = iter(seq)
    win = [next(it) for _ in range(n)]
    yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)
print(list(window(range(6), 3)))
def unique(iterable):
    seen = set()
    for x in iterable:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique("mississippi")))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda v: v < 4, range(10))))
gen = running_total(range(5))
print(type(gen).__name__, next(gen), next(gen), list(gen))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
def gen_state():
    yield 1
g = gen_state()
print(g.gi_frame is not None, next(g), next(g, "exhausted"), g.gi_frame)
print(sum(x for x in running_total(range(100))))
