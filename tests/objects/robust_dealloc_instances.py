class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
class Plain:
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(1000000):
    head = Node(i, head)
print("slotted chain head", head.value, head.next.value)
del head
print("slotted chain freed")
head = None
for i in range(300000):
    head = Plain(head)
head = None
print("plain-instance chain freed")
deleted = []
class Tracked:
    def __init__(self, nxt, tag):
        self.next = nxt
        self.tag = tag
    def __del__(self):
        if self.tag % 50000 == 0:
            deleted.append(self.tag)
head = None
for i in range(200000):
    head = Tracked(head, i)
del head
print("__del__ ran for", sorted(deleted))
