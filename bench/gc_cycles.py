# Builds and drops many reference cycles, then collects them (issue 4).
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None

def churn(rounds, per_round):
    freed = 0
    for _ in range(rounds):
        for i in range(per_round):
            a = Node(i)
            b = Node(i + 1)
            a.peer = b
            b.peer = a
        freed += gc.collect()
    return freed

gc.disable()
print(churn(40, 5000))
