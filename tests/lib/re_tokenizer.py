# A typical use: a tokenizer with named alternatives, finditer, lastgroup, verbose mode.
import re

TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
''', re.VERBOSE)

def tokens(text):
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == 'SKIP':
            continue
        yield kind, m.group(), m.start()

print(list(tokens('x = 3.5 * (y + 42) $')))
print(TOKEN.groupindex['OP'], TOKEN.groups, sorted(TOKEN.groupindex))
lines = 'key1 = value one\n# comment\nkey2=v2\n\nbad line\n'
conf = re.compile(r'^\s*(\w+)\s*=\s*(.*?)\s*$', re.M)
print(conf.findall(lines), dict(conf.findall(lines)))
print(re.sub(r'(?m)^#.*\n', '', lines).splitlines())
date = re.compile(r'(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})')
print(date.sub(r'\g<d>.\g<m>.\g<y>', 'from 2024-01-31 to 2024-02-29'))
print([m.groupdict() for m in date.finditer('2000-01-01,1999-12-31')])
email = re.compile(r'[\w.+-]+@[\w-]+\.[\w.]+')
print(email.findall('Mail a.b+c@ex-ample.co.uk or x@y.z, not @no.'))
print(re.split(r'[;,]\s*|\s+and\s+', 'a, b;c and d'))
words = re.compile(r"\b[\w']+\b")
print(len(words.findall("It's a long-ish text, isn't it?")), words.findall("don't stop"))
print(re.sub(r'\s+', ' ', '\t spaced \n out  text ').strip(), re.subn(r'[aeiou]', '', 'education'))
print(re.fullmatch(r'[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}', '123e4567-e89b-12d3-a456-426614174000') is not None)
