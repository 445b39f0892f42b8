# operator: attrgetter, itemgetter, methodcaller.
from operator import attrgetter, itemgetter, methodcaller

class Name:
    def __init__(self, first, last):
        self.first, self.last = first, last
class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age

people = [Person('Ada', 'Lovelace', 36), Person('Alan', 'Turing', 41),
          Person('Grace', 'Hopper', 85)]
get_last = attrgetter('name.last')
print([get_last(p) for p in people])
print(attrgetter('age', 'name.first')(people[1]))
print([p.age for p in sorted(people, key=attrgetter('age'), reverse=True)])
print(repr(attrgetter('a')), repr(attrgetter('a.b', 'c')))

rows = [(3, 'c', 'x'), (1, 'a', 'y'), (2, 'b', 'z')]
print(sorted(rows, key=itemgetter(0)))
print(itemgetter(1)('hello'), itemgetter(0, 2)('hello'), itemgetter(slice(1, 3))('hello'))
print(itemgetter('k')({'k': 'v'}), itemgetter('a', 'b')({'a': 1, 'b': 2}))
print(repr(itemgetter(1)), repr(itemgetter(1, 'x')), repr(itemgetter(slice(None))))

up = methodcaller('upper')
print(up('abc'), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'o', 1)('aaa'))
print(repr(methodcaller('f', 1, k=2)), repr(methodcaller('g')))
print(methodcaller('get', 'z', 0)({}))

for call in [lambda: attrgetter(1), lambda: itemgetter(), lambda: methodcaller(),
             lambda: methodcaller(3), lambda: attrgetter('missing')(people[0]),
             lambda: itemgetter(9)([1]), lambda: get_last(1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
