head = None
for i in range(1000000):
    head = [i, head]
print("built list chain, head value", head[0], "second", head[1][0])
del head
print("list chain freed")
d = None
for i in range(200000):
    d = {"next": d, "i": i}
d = None
print("dict chain freed")
s = None
for i in range(100000):
    s = {"v": i, "n": s}
s = "replaced"
print("replaced by rebinding:", s)
holder = [None]
cur = holder
for i in range(300000):
    nxt = [None]
    cur[0] = nxt
    cur = nxt
del cur, nxt
holder.clear()
print("cleared from the front")
big = [[i] for i in range(300000)]
del big
print("wide list freed")
it = iter(range(10))
for i in range(100000):
    it = iter([it])
del it
print("iterator chain freed")
