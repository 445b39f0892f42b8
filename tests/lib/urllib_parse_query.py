from urllib.parse import urlencode, parse_qs, parse_qsl, quote

print(urlencode({'a': 1, 'b': 'two words', 'c': 'x&y=z'}))
print(urlencode([('k', 'v1'), ('k', 'v2'), ('e', '')]))
print(urlencode({'a': [1, 2], 'b': 'str', 'c': (3,), 'd': b'by tes', 'e': 5}, doseq=True))
print(urlencode({'a': [1, 2]}))
print(urlencode({'p': '/path/x y'}, safe='/'))
print(urlencode({'p': '/path/x y'}, quote_via=quote))
print(urlencode({'p': '/path/x y'}, quote_via=quote, safe='/'))
print(urlencode({'\u00e9': '\u00e9'}), urlencode({'\u00e9': '\u00e9'}, encoding='latin-1'))
print(urlencode({b'k': b'v v'}), urlencode([]), repr(urlencode({})))
print(urlencode({'s': {1}}, doseq=True), urlencode({'n': None}, doseq=True))
for bad in ['abc', [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError:', e, type(e.__cause__).__name__)

qs = 'a=1&b=2&a=3&empty=&novalue&sp=x+y%20z&enc=%C3%A9&&semi=1;x=2'
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl('a=1;b=2'))
print(parse_qsl('a=%E9', encoding='latin-1'), parse_qsl('a=%E9'))
print(parse_qsl(b'a=1&b=x+y'), parse_qs(b'a=1&a=2'))
print(parse_qsl(''), parse_qs(''), parse_qsl('=v'), parse_qsl('k==v'))
print(parse_qsl('a=1&b=2', max_num_fields=2))
for kw in [dict(max_num_fields=1), dict(strict_parsing=True), dict(separator=''),
           dict(separator=None), dict(separator=5)]:
    for q in ['a=1&b=2', 'a=1&&b', 'x']:
        try:
            print(kw, q, parse_qsl(q, **kw))
        except (ValueError, TypeError, AttributeError) as e:
            print(kw, q, type(e).__name__, e)
