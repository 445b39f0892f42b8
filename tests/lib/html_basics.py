import html

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False))
print(html.escape(''))
tests = [
    'plain', '&amp;&lt;&gt;&quot;&apos;', '&nbsp;|&copy;|&reg;|&euro;|&hellip;|&mdash;|&ndash;',
    '&amp', '&ampx', '&amp;x', '&copyright', '&notin;', '&notit;', '&noti', '&nosuch;', '&;', '& x',
    '&#65;&#66&#x43;&#X44;&#x45', '&#0;', '&#13;', '&#128;&#150;&#159;', '&#x81;', '&#1;&#11;&#12;&#127;',
    '&#xD800;', '&#x110000;', '&#99999999999;', '&#xFFFE;', '&#x1FFFF;', '&#xFDD0;', '&#x10FFFD;',
    '&#', '&#x', '&#xg;', '&AMP;&LT&GT;', 'a&b&c', '&alpha;&Omega;&hearts;&rarr;',
    '&' + 'a' * 40 + ';', '&lt&gt', '&frac12;&frac34x', '&Auml;&ouml;&szlig;',
]
for t in tests:
    print(repr(t), '->', repr(html.unescape(t)))
for n in list(range(0, 0x200)) + [0xD7FF, 0xE000, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x10FFFF]:
    a = html.unescape('&#%d;' % n)
    b = html.unescape('&#x%x' % n)
    if a != chr(n) or a != b:
        print(n, repr(a), repr(b))
print(html.unescape(html.escape('<&>"\'')))
