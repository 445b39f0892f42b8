from urllib.parse import (quote, quote_plus, unquote, unquote_plus,
                          quote_from_bytes, unquote_to_bytes)

for s in ['abc def', 'a/b/c', 'a+b=c&d', '~user_name-1.0', 'caf\u00e9', '\u20ac 5',
          '', '100%', "!*'();:@&=+$,/?#[]", '\x00\x7f']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))

print(quote('a b', safe=b' '), quote('a&b', safe='&'), quote('\u00e9', encoding='latin-1'))
print(quote('\u00e9x', encoding='ascii', errors='replace'))
print(quote(b'a b/\xff'), quote_plus(b'a b+c'), quote_plus(b'a b', safe=b'+'))
print(quote_from_bytes(b'abc def\x3f'), quote_from_bytes(bytearray(b'/x y'), safe=''))
print(repr(quote_from_bytes(b'')), repr(quote('')))
print(quote('\u00e9', safe='\u00e9'))

for s in ['abc%20def', 'a+b', '%7Euser', 'caf%C3%A9', '%E2%82%AC', '%zz%4', '%', '100%25',
          'caf\u00e9%20', 'bad%FF%FE', '%e2%82%ac', 'nothing']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%E9', encoding='latin-1'), unquote('%E9', errors='strict') if False else '-')
print(repr(unquote('%E9t\u00e9', errors='ignore')))
print(unquote(b'a%20b'), unquote_to_bytes(b'a%2Fb%2f'), unquote_to_bytes(''))
print(unquote_plus('a+b%2Bc'))

for bad in [1, None]:
    for f in (quote, quote_from_bytes):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, 'TypeError:', e)
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print('TypeError:', e)
try:
    quote(b'x', errors='strict')
except TypeError as e:
    print('TypeError:', e)
try:
    unquote(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
try:
    quote('\u00e9', encoding='ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
