# enumerate() parses its arguments by hand like CPython 3.11's enum_vectorcall (its
# own messages and order); enumerate.__new__ goes through Argument Clinic. Also
# slice.__reduce__.

def show(f):
    try:
        r = f()
        print(list(r) if isinstance(r, enumerate) else r)
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: enumerate('ab'))
show(lambda: enumerate('ab', 5))
show(lambda: enumerate('ab', start=5))
show(lambda: enumerate(iterable='ab'))
show(lambda: enumerate(iterable='ab', start=2))
show(lambda: enumerate(start=2, iterable='ab'))
show(lambda: enumerate())
show(lambda: enumerate(x=[1]))
show(lambda: enumerate(start=1))
show(lambda: enumerate([1], x=1))
show(lambda: enumerate(iterable=[1], x=1))
show(lambda: enumerate(start=1, x=[1]))
show(lambda: enumerate([1], iterable=[1]))
show(lambda: enumerate([1], 1, start=1))
show(lambda: enumerate([1], 1, 2))
show(lambda: enumerate(a=1, b=2, c=3))
show(lambda: enumerate.__new__(enumerate))
show(lambda: enumerate.__new__(enumerate, 'xy', 3))

class E(enumerate):
    pass

show(lambda: E('ab', start=1))
show(lambda: E())

print(slice(1, 2).__reduce__())
print(slice(None, 'a', [3]).__reduce__())
s = slice(1, 5, 2)
f, args = s.__reduce__()
print(f(*args) == s, f is slice)
