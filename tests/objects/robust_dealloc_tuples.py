# A million-node chain of tuples freed at once must not overflow the C stack.
head = None
for i in range(1000000):
    head = (i, head)
n = 0
node = head
while node is not None:
    n += 1
    node = node[1]
print("built", n, "nodes; first value", head[0])
del node
del head
print("tuple chain freed")
head = None
for i in range(200000):
    head = (head,)
head = None
print("nested 1-tuples freed")
lst = []
for i in range(1000):
    lst = [lst, (lst,)]
del lst
print("mixed chain freed")
def build(n):
    h = None
    for i in range(n):
        h = (h, i)
    return h
for round_ in range(3):
    h = build(100000)
    h = None
print("rebuilt and freed 3 times")
chain = None
for i in range(100000):
    chain = frozenset([chain]) if i % 2 else (chain,)
del chain
print("frozenset/tuple chain freed")
