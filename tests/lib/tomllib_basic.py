# tomllib: the value kinds of TOML 1.0 and load()/loads() options
import tomllib, io, math

doc = r'''
# comment
title = "TOML \"Example\"\t\u00e9\U0001F600"
lit = 'C:\Users\nodejs'
bare_key = 1
bare-key = 2
1234 = "digits"
"quoted key" = 3
'single quoted' = 4
"" = "empty"
site."google.com" = true
physical.color = "orange"
physical . shape = "round"
ml = """
Roses are red
Violets are blue"""
ml2 = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
ml3 = """Here are two quotation marks: "". Simple enough."""
ml4 = """""five quotes"""""
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o01234567
oct2 = 0o755
bin1 = 0b11010110
big = 123456789012345678901234567890
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = +nan
sf6 = -nan
bool1 = true
bool2 = false
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00+05:30
odt5 = 1979-05-27t07:32:00.1234567z
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.5
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
integers = [ 1, 2, 3 ]
colors = [ "red", "yellow", "green", ]
nested_arrays_of_ints = [ [ 1, 2 ], [3, 4, 5] ]
nested_mixed_array = [ [ 1, 2 ], ["a", "b", "c"] ]
string_array = [ "all", 'strings', """are the same""", 'type' ]
numbers = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
contributors = [
  "Foo Bar <foo@example.com>", # comment
  { name = "Baz Qux", email = "bazqux@example.com", url = "https://example.com/bazqux" }
]
integers3 = [
  1,
  2, # this is ok
]
name = { first = "Tom", last = "Preston-Werner" }
point = { x = 1, y = 2 }
animal = { type.name = "pug" }
empty = {}

[table-1]
key1 = "some string"
key2 = 123

[dog."tater.man"]
type.name = "pug"

[ j . "ʞ" . 'l' ]
x = 1

[x.y.z.w]
[x]

[fruit]
apple.color = "red"
apple.taste.sweet = true

[fruit.apple.texture]
smooth = true

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"

[fruits.physical]
color = "red"

[[fruits.varieties]]
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"
'''

d = tomllib.loads(doc)

def show(obj, indent=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                print(indent + repr(k) + ":")
                show(v, indent + "  ")
            else:
                print(indent + repr(k) + " = " + repr(v) + " " + type(v).__name__)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            if isinstance(v, (dict, list)) and v:
                print(indent + "[%d]:" % i)
                show(v, indent + "  ")
            else:
                print(indent + "[%d] = %r" % (i, v))

show(d)
print(d["odt2"].utcoffset(), d["odt1"].tzinfo, d["odt4"].tzname())
print(math.isnan(d["sf4"]), math.copysign(1, d["sf6"]))
print(list(d) == list(dict.fromkeys(d)))

print(tomllib.loads("lit3 = ''''That,' she said, 'is still pointless.''''"))
print(tomllib.loads("q = '''''x'''''"))
print(tomllib.loads("lit2 = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''\n"))
# CRLF line endings
print(tomllib.loads('a = """x\r\ny"""\r\nb = 1\r\n'))
# whitespace-only and empty documents
print(tomllib.loads(""), tomllib.loads("\n\n  \t\n# only a comment"))

# parse_float
from fractions import Fraction
print(tomllib.loads("a = 1.5\nb = [2.25e1, 1]\nc = nan", parse_float=str))
print(tomllib.loads("a = 0.1", parse_float=Fraction))
for bad in (lambda s: {}, lambda s: [s]):
    try:
        tomllib.loads("a = 1.0", parse_float=bad)
    except ValueError as e:
        print(type(e).__name__, e)
def boom(s):
    raise ZeroDivisionError("boom " + s)
try:
    tomllib.loads("x = 2.5", parse_float=boom)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# load() wants a binary file
print(tomllib.load(io.BytesIO("k = 'é'\n[t]\nv = 1".encode())))
try:
    tomllib.load(io.StringIO("k = 1"))
except TypeError as e:
    print("TypeError", e)
for arg in (b"a = 1", 5):
    try:
        tomllib.loads(arg)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    tomllib.loads("a = 1", float)
except TypeError as e:
    print("TypeError", e)
print(tomllib.__all__, tomllib.TOMLDecodeError.__mro__[1:])
print(tomllib.TOMLDecodeError.__module__, tomllib.TOMLDecodeError.__name__)
e = tomllib.TOMLDecodeError("x")
print(e.args, isinstance(e, ValueError))

# load() from real files
path = "/tmp/glass_test_tomllib.toml"
with open(path, "wb") as f:
    f.write(b'[server]\r\nhost = "localhost"\r\nports = [ 8000, 8001 ]\r\nwhen = 2024-01-02T03:04:05+01:00\r\n')
with open(path, "rb") as f:
    print(tomllib.load(f))
with open(path, "rb") as f:
    print(tomllib.load(f, parse_float=str)["server"]["ports"])
with open(path) as f:
    try:
        tomllib.load(f)
    except TypeError as e:
        print("TypeError", e)
import os
os.remove(path)
