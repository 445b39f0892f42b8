# Many weak references with callbacks: creation, death of the referents, callbacks.
import weakref

class Obj:
    pass

calls = 0
def callback(ref):
    global calls
    calls += 1

def run(n):
    keep = []
    for i in range(n):
        o = Obj()
        keep.append(weakref.ref(o, callback))
        del o
    alive = [Obj() for _ in range(1000)]
    refs = [weakref.ref(x) for x in alive for _ in range(50)]
    shared = sum(1 for i in range(0, len(refs), 50) if refs[i] is refs[i + 1])
    return len(keep), shared

print(run(300000), calls)
