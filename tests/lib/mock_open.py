# unittest.mock: mock_open (read, readline, readlines, iteration, writes)
import re
from unittest.mock import mock_open, patch, call, MagicMock

def r(x):
    x = x if type(x) is str else repr(x)
    return re.sub(r"id='\d+'", "id=ID", x)

m = mock_open(read_data='line1\nline2\nline3\n')
with patch('builtins.open', m):
    with open('some/file') as f:
        print(repr(f.read()))
    with open('some/file') as f:
        print(repr(f.readline()), repr(f.readline()), f.readlines())
    with open('some/file') as f:
        print(list(f))
    with open('some/file') as f:
        print([line for line in f])
    with open('some/file') as f:
        print(repr(f.read(3)), repr(f.read()))
    with open('some/file') as f:
        print(repr(next(f)), repr(f.readline()), repr(f.read()))
    f = open('x', 'w')
    print(r(f), r(m))
print(m.call_count, m.call_args_list[:2], m.call_args)
m.assert_called_with('x', 'w')

print("-- writes")
m = mock_open()
with patch('builtins.open', m):
    with open('out.txt', 'w') as h:
        h.write('hello ')
        h.write('world')
        h.writelines(['a', 'b'])
handle = m()
handle.write.assert_called_with('world')
handle.write.assert_has_calls([call('hello '), call('world')])
print(handle.write.call_args_list, handle.writelines.call_args)
print(m.mock_calls)

print("-- bytes, empty, return values")
m = mock_open(read_data=b'\x00\x01\nxy')
with patch('builtins.open', m):
    with open('b', 'rb') as f:
        print(f.read(), f.read())
    with open('b', 'rb') as f:
        print(f.readlines())
m = mock_open()
with patch('builtins.open', m):
    with open('e') as f:
        print(repr(f.read()), repr(f.readline()), f.readlines(), list(f))
m = mock_open(read_data='abc')
m.return_value.read.return_value = 'override'
with patch('builtins.open', m):
    print(open('f').read())
m = mock_open(read_data='1\n2\n')
m.return_value.readline.return_value = 'same\n'
with patch('builtins.open', m):
    f = open('f')
    print(f.readline(), f.readline(), end='')
print("-- existing mock")
base = MagicMock()
m = mock_open(base, read_data='data')
print(m is base, m().read())
print("-- handle spec")
h = mock_open()()
print(r(h.close()), r(h.seek(0)), h.__enter__() is h)
try:
    h.no_such_method
except AttributeError as e:
    print("AttributeError", e)
