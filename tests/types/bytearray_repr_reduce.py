# bytearray quirks kept from CPython: its repr escapes ' even between double quotes
# (bytes does not), __reduce__/__reduce_ex__ build (type, args, state), and extend()
# treats a str as an iterable of non-integers.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Sub(bytearray):
    pass

for data in [b"'", b'"', b"'\"", b"a'b", b"\\'", b"\x00\xff\t"]:
    print(repr(bytearray(data)), repr(data), repr(Sub(data)))

tagged = Sub(b'x\xff')
tagged.tag = 1
for obj in [bytearray(), bytearray(b'abc\xe9'), tagged, Sub()]:
    show(lambda: obj.__reduce__())
    show(lambda: obj.__reduce_ex__(2))
    show(lambda: obj.__reduce_ex__(4))
f, args, state = bytearray(b'ab\xe9').__reduce__()
print(f(*args), state)

show(lambda: bytearray(b'a').extend('xy'))
show(lambda: bytearray(b'a').extend(5))
show(lambda: bytearray(b'a').extend([300]))
ba = bytearray(b'a')
ba.extend(range(98, 100))
print(ba)
def assign_str():
    ba[0:1] = 'x'
show(assign_str)
