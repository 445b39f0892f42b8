l = [1, 2, 3]
for i in (3, -4, 100):
    try:
        l[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    l[3] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del l[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.pop(10)
except IndexError as e:
    print(type(e).__name__, e)
try:
    l.index(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    l.remove("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    l.insert("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.sort(reverse="yes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(l, l[-3], l[2], l[-1:5])
