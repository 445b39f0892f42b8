# Unicode subjects: spans in characters, case folding, classes, astral characters.
import re

s = 'Ünïcödé ßtraße 日本語テキスト 😀 emoji 😀!'
print([m.span() for m in re.finditer(r'\w+', s)])
print(re.findall(r'[^\x00-\x7f]+', s), re.sub(r'😀', ':)', s))
print(re.search('ÜNÏ', s, re.I), re.findall('(?i)straSSe', 'STRASSE strasse'))
print(re.search('ü', 'Ü', re.I), re.search('Σ', 'σ', re.I), re.search('k', 'K', re.I))
print(re.split(r'\s+', 'a\u3000b\u2003c d'), re.findall(r'\s', 'a\u3000b', re.A))
print(re.findall(r'\d+', '12٣٤ ۵'), re.findall(r'[0-9]+', '12٣٤'))
print(re.findall(r'\bword\b', 'word wordy sword word.'), re.findall(r'\Bor\B', 'word or'))
print(re.match('.', '😀').span(), re.match('..', 'a😀b').group(), len(re.match('.+', '😀😀').group()))
print(re.findall(r'[α-ω]+', 'αβγ abc ωψ'), re.findall(r'\u00e9|\U0001F600', 'é😀'))
print(re.escape('日本.語'), re.findall(re.escape('a.b'), 'a.b axb'))
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'élan vital ärger'))
print(re.search(r'(?<=日)本', '日本').span(), re.findall(r'\W+', 'a—b…c'))
print(re.findall(r'x', 'x\ud800x'))
print(re.findall(rb'[\x80-\xff]+', 'café'.encode()), re.findall(rb'(?i)CAF', b'caf CAF'))
print(re.findall(r'\N{GREEK SMALL LETTER ALPHA}+', 'ααβ'), re.findall('\\N{BULLET}', '•x•'))
print(re.sub(r'(?i)straße', 'X', 'STRASSE Straße'), re.findall(r'[а-я]+', 'Привет мир', re.I))
print(re.fullmatch(r'\w+', 'ǅungla'), re.match(r'\S+', '\xa0x'), re.findall(r'\s', '\x1c\x85'))
print([m.span() for m in re.finditer(r'', '日本')], re.sub('', '|', 'αβ'))
