# DEBUG_COLLECTABLE and DEBUG_STATS write to sys.stderr (captured here; addresses
# and times are masked).
import gc
import io
import sys
gc.disable()
gc.collect()

def mask(text):
    out = []
    for line in text.splitlines():
        if " 0x" in line:
            line = line[:line.index(" 0x")] + " 0x...>"
        if line.startswith("gc: objects in each generation:"):
            line = "gc: objects in each generation: ..."
        if line.startswith("gc: done,"):
            line = line[:line.rindex(",")] + ", ...s elapsed"
        out.append(line)
    return out

class Node:
    def __del__(self):
        print("__del__ (printed after the collectable lines)", file=sys.stderr)

def run(flags):
    a = Node()
    b = Node()
    a.b = b
    b.a = a
    l = []
    l.append(l)
    del a, b, l
    old = sys.stderr
    sys.stderr = io.StringIO()
    gc.set_debug(flags)
    n = gc.collect()
    gc.set_debug(0)
    text = sys.stderr.getvalue()
    sys.stderr = old
    print("collect ->", n)
    for line in sorted(mask(text)[:3]) + mask(text)[3:]:
        print(line)

run(gc.DEBUG_COLLECTABLE)
run(gc.DEBUG_STATS)
run(gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug())
