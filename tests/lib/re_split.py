# split: captures, maxsplit, empty matches, flags.
import re

print(re.split(r',\s*', 'a, b,c,   d'))
print(re.split(r'(,)\s*', 'a, b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('x*', 'axbc'))
print(re.split(r'\b', 'a b'))
print(re.split('', 'abc'))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(rb'\s', b'a b\tc'))
print(re.compile(r'\d').split('a1b2c3d', 2))
print(re.split('(?m)^', 'one\ntwo\n'))
print(re.split('z', ''), re.split('', ''))
