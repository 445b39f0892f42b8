# range, slice and bytearray reduce to their constructor arguments, so copy.copy and
# copy.deepcopy rebuild equal objects (subclass state included for bytearray).
import copy

print(range(1, 10, 3).__reduce__())
print(range(2**70).__reduce__())
print(slice(1, None, 'x').__reduce__())
for obj in [range(3), range(-5, 5, 2), slice(1, 2), slice(None, [1], None),
            bytearray(b'ab\x00'), bytearray()]:
    shallow, deep = copy.copy(obj), copy.deepcopy(obj)
    print(repr(shallow), shallow == obj, repr(deep), deep == obj)

class Buf(bytearray):
    pass

b = Buf(b'q')
b.tag = [1]
c = copy.copy(b)
d = copy.deepcopy(b)
print(type(c).__name__, c, c.tag is b.tag, type(d).__name__, d, d.tag == b.tag, d.tag is b.tag)
