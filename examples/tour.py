# A tour of Python's object model, as Glass shows it.
# Names are references, objects carry identity, type and a reference count.
# Run it with:  build/glass examples/tour.py
import sys

def section(title):
    print()
    print("== " + title + " ==")

section("1. A name is a reference, assignment never copies")
a = [1, 2, 3]
b = a
print("a = [1, 2, 3]; b = a")
print("a is b:", a is b, "| a == b:", a == b)
b.append(4)
print("after b.append(4): a =", a)

section("2. 'is' asks about identity, '==' about value")
c = [1, 2, 3, 4]
print("c = [1, 2, 3, 4]")
print("a == c:", a == c, "| a is c:", a is c)
print("id(a) == id(b):", id(a) == id(b), "| id(a) == id(c):", id(a) == id(c))

section("3. id() is stable for the whole life of an object")
before = id(a)
a.extend([5, 6])
a[0] = "changed"
print("after mutating a, id(a) unchanged:", id(a) == before)
print("a is still b:", a is b, "->", b)

section("4. Immutables rebind: x += 1 makes a new object")
x = 1000
y = x
x += 1
print("x = 1000; y = x; x += 1  ->  x =", x, "y =", y, "| x is y:", x is y)
s = "glass"
t = s
s += " box"
print("strings too:", repr(s), repr(t), "| same object:", s is t)
small = int("256")
print("small ints -5..256 are cached: int('256') is 256 ->", small is int("256"))
print("but int('257') is int('257') ->", int("257") is int("257"))

section("5. Mutables change in place: l += ... keeps the object")
l = [1]
lid = id(l)
l += [2]
print("l += [2] keeps id:", id(l) == lid)
tup = (1,)
tid = id(tup)
tup += (2,)
print("tup += (2,) makes a new tuple:", id(tup) != tid, tup)

section("6. Shallow copies share their insides")
grid = [[0, 0], [0, 0]]
copy = grid[:]
copy[0][0] = "X"
print("copy = grid[:]; copy[0][0] = 'X'  ->  grid =", grid)
print("outer lists differ:", copy is not grid, "| rows shared:", copy[0] is grid[0])
rows = [[0] * 2] * 2
rows[0][1] = "!"
print("[[0] * 2] * 2 repeats one row:", rows)

section("7. Default arguments are evaluated once")
def add_item(item, items=[]):
    items.append(item)
    return items
first = add_item("a")
second = add_item("b")
print("add_item('a') then add_item('b'):", second, "| same list:", first is second)
print("the list lives in add_item.__defaults__:", add_item.__defaults__)
def add_item_safe(item, items=None):
    if items is None:
        items = []
    items.append(item)
    return items
print("with items=None:", add_item_safe("a"), add_item_safe("b"))

section("8. Reference counts: storing in a list adds exactly one")
obj = object()
base = sys.getrefcount(obj)
holder = [obj]
print("after holder = [obj]:", "+" + str(sys.getrefcount(obj) - base))
holder.append(obj)
print("stored twice:", "+" + str(sys.getrefcount(obj) - base))
holder.clear()
print("after holder.clear():", "+" + str(sys.getrefcount(obj) - base))
alias = obj
print("another name:", "+" + str(sys.getrefcount(obj) - base))
del alias
print("del alias:", "+" + str(sys.getrefcount(obj) - base))

section("9. When the last reference goes, the object goes")
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("   (" + self.name + " freed)")
n = Noisy("first")
m = n
print("del n -> nothing yet, m still refers to it")
del n
print("del m -> freed at once:")
del m
print("end of the tour")
