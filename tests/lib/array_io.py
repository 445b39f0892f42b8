# buffers through re, files (write/readinto), str(), %b, bytes methods
import re, io, os, tempfile
from array import array
print(re.search(rb'b+', array('B', b'aabbc')))
print(re.findall(rb'\d', memoryview(b'a1b2')))
fn = tempfile.mktemp()
with open(fn, 'wb') as f:
    f.write(array('h', [1, 2, 3]))
with open(fn, 'rb') as f:
    a = array('h', [0, 0]); print(f.readinto(a), a)
    m = bytearray(4); print(f.readinto(memoryview(m)[1:3]), m)
with open(fn, 'rb', buffering=0) as f:
    a = array('b', [0] * 3); print(f.readinto(a), a)
    try: f.readinto(b'xx')
    except TypeError as e: print(e)
os.unlink(fn)
print(bytes(memoryview(array('i', [1]))), array('i', [1]).tobytes() == bytes(array('i', [1])))

print(str(array("B", b"hi"), "ascii"), b'x'.join([memoryview(b'a'), array('B', b'b')]))
print(b'%s' % array('B', b'hi') if False else '', bytes.fromhex('41'), bytearray(b'ab').replace(array('B', b'a'), memoryview(b'z')))
print(b'%b' % array('B', b'hi'), b'%b' % memoryview(b'm'))
print(bytearray(b'abc').find(array('B', b'c')), b'abc'.strip(array('B', b'ac')))
print(b'abc' == memoryview(b'abc'), memoryview(b'abc') == b'abc', b'ab' < bytearray(b'b'))
