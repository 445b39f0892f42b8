# BlockingIOError(errno, strerror, n) keeps n as characters_written (not a filename),
# the attribute exists on every OSError and raises AttributeError while unset;
# UnicodeDecodeError wants a bytes-like object.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

e = BlockingIOError(11, 'would block', 5)
print(e.characters_written, e.args, e.filename, str(e))
e.characters_written = 7
print(e.characters_written)
del e.characters_written
show(lambda: e.characters_written)
def delete_again():
    del e.characters_written
show(delete_again)
show(lambda: BlockingIOError(11, 'x').characters_written)
show(lambda: OSError(11, 'x', 3).characters_written)
print(type(OSError(11, 'x', 3)).__name__)
show(lambda: BlockingIOError(11, 'x', 'file').filename)
show(lambda: BlockingIOError(11, 'x', 2.5).characters_written)
show(lambda: OSError().characters_written)
def set_bad():
    e.characters_written = 'x'
show(set_bad)

show(lambda: UnicodeDecodeError('ascii', b'ab', 0, 1, 'bad').object)
show(lambda: UnicodeDecodeError('ascii', bytearray(b'ab'), 0, 1, 'bad').object)
show(lambda: UnicodeDecodeError('ascii', 'ab', 0, 1, 'bad'))
show(lambda: UnicodeDecodeError('ascii', [1], 0, 1, 'bad'))
