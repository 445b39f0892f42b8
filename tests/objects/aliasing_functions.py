def append_one(lst):
    lst.append(1)
    return lst
orig = []
res = append_one(orig)
print(orig, res is orig)
def reassign(lst):
    lst = lst + [2]
    return lst
res2 = reassign(orig)
print(orig, res2, res2 is orig)
def augmented(lst):
    lst += [3]
    return lst
res3 = augmented(orig)
print(orig, res3 is orig)
def tuple_aug(t):
    t += (4,)
    return t
tt = (1,)
print(tuple_aug(tt), tt)
def str_aug(s):
    s += "!"
    return s
ss = "hi"
print(str_aug(ss), ss)
def dict_update(d):
    d["k"] = "v"
d = {}
dict_update(d)
print(d)
def clear_then_new(d):
    d.clear()
    d = {"new": 1}
    return d
d2 = {"old": 1}
print(clear_then_new(d2), d2)
class Box:
    def __init__(self):
        self.items = []
def fill(box):
    box.items.append("thing")
    box = Box()
    box.items.append("lost")
b = Box()
fill(b)
print(b.items)
def return_same(x):
    return x
obj = object()
print(return_same(obj) is obj)
def swap(pair):
    pair[0], pair[1] = pair[1], pair[0]
p = [1, 2]
swap(p)
print(p)
args = [[0]] * 2
def mutate_first(lst):
    lst[0].append(9)
mutate_first(args)
print(args)
