# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product('ab', 'xy')), list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)))
print(list(product('a', 'bc', 'd')), len(list(product(range(3), range(4), range(5)))))
print(list(permutations('abc')), list(permutations(range(3), 2)))
print(list(permutations('ab', 0)), list(permutations('ab', 3)), list(permutations([])))
perms = list(permutations(range(4)))
print(len(perms), perms == sorted(perms), len(set(perms)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))))
print(list(cwr('abc', 2)), list(cwr('ab', 3)))
print(list(cwr('', 0)), list(cwr('', 2)), list(cwr('a', 0)))
print(len(list(cwr(range(5), 3))))
# The pools are read once, at creation.
src = iter([1, 2])
p = product(src, repeat=2)
print(list(src), list(p))
print([type(x).__name__ for x in (product(), permutations(''), combinations('', 0), cwr('', 0))])
for call in [lambda: product('a', repeat=-1), lambda: permutations('a', -1),
             lambda: combinations('a', -1), lambda: cwr('a', -2)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
for call in [lambda: combinations('a'), lambda: product(1), lambda: permutations('a', 'b')]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
