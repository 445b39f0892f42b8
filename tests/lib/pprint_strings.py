import pprint

text = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(text)
pprint.pprint([text])
pprint.pprint({'doc': text, 'short': 'ok'}, width=50)
pprint.pprint('line one\nline two is a bit longer than the first\nthird line\n' * 2, width=30)
pprint.pprint('a' * 100)
pprint.pprint('')
pprint.pprint(bytes(range(40)))
pprint.pprint(b'abcd')
pprint.pprint([b'0123456789' * 10], width=40)
pprint.pprint(bytearray(b'hello world, this is bytearray data ' * 3))
print(pprint.pformat('word ' * 30, width=25))
print(pprint.pformat(('spam ' * 20, 'eggs'), width=30))
