# tomllib: invalid documents raise TOMLDecodeError with CPython's messages and positions
import tomllib

BAD = [
    "a = 1 2", "a =", "a", "a = \n", "= 1", "a = tru", "a = 1\na = 2", "a.b = 1\na.b = 2",
    "a = 1\na.b = 2", "[a]\n[a]", "[a]\nb = 1\n[a.b]", "a = {}\n[a]", "a = {}\na.b = 1",
    "[a.b]\n[a]\nb = 2", "[a.b.c]\n[a]\nb.c = 1", "[a]\nb.c = 1\n[a.b]", "[a]\nb.c=1\nb.d=2",
    "[[a]]\n[a]", "[a]\n[[a]]", "a = [1]\n[[a]]", "a = 1\n[a.b]", "[a", "[a]x", "[[a]", "[[a]]x",
    "[]", "[[]]", "[a.]", "[.a]", "a..b = 1", "a. = 1", "\"a\nb\" = 1", "'a = 1",
    "a = \"abc", "a = 'abc", "a = \"\"\"abc", "a = '''abc", "a = \"ab\ncd\"", "a = 'ab\ncd'",
    "a = \"a\x00\"", "a = \"\"\"a\x7f\"\"\"", "a = '''a\x01'''", "a = '\x1f'", "# c\x00",
    "a = 1 # \x7f", "a = \"\\q\"", "a = \"\\u12\"", "a = \"\\uD800\"", "a = \"\\U00110000\"",
    "a = \"\\UFFFFFFFF\"", "a = \"\"\"\\  x\n\"\"\"", "a = \"a\\ \nb\"", "a = \"\\", "a = \"\"\"\\   ",
    "a = 01", "a = 1__0", "a = _1", "a = 1_", "a = 0x", "a = 0X1F", "a = 0b2", "a = 0o8",
    "a = +0x1", "a = 1.", "a = .1", "a = 1e", "a = 1.e5", "a = 1e_5", "a = Inf", "a = NaN",
    "a = ++1", "a = 1979-02-30", "a = 1979-13-01", "a = 1979-05-27T24:00:00",
    "a = 1979-05-27T07:32", "a = 07:32", "a = 1979-05-27T07:32:00+25:00", "a = 2023-02-29T00:00:00",
    "a = [1, 2", "a = [1 2]", "a = [,]", "a = [1,,2]", "a = [\n1\n,\n", "a = {", "a = {a = 1",
    "a = {a = 1,}", "a = {a = 1\n}", "a = {a = 1, a = 2}", "a = {a.b = 1, a = 2}",
    "a = {a = {}, a.b = 1}", "a = {a = [], a.b = 1}", "a = {a.b = 1, a.b.c = 2}", "a = {,}",
    "a = {a = 1 b = 2}", "a = { \n }", "x = 1\r", "\r", "\x00", "a = 1\n  b", "a = true\r\n\rb = 1",
    "a = 'x' 'y'", "!", "a = 1\n[ b . c ]\n[b.c]", "[a]\n[a.b]\n[a]", "[[a.b]]\n[a]\nb = 1",
    "[[a.b]]\n[a]\n[a.b]", "a.b.c = 1\na.b = {}", "[[a]]\nb = 1\n[a.c]\n[[a]]\nb = 2\n[a.c]\n[a.c]",
    "a = [{b = 1}]\n[a.c]", "k = \"é\x08\"", "a = \"\"\"x\"\"\"\"\"\"", "a = '''x''''''",
    "a = 1979-05-27T07:32:00Zjunk", "a = 2000-01-01T", "lt = 12:00:00.", "1 = 2 = 3",
]
for src in BAD:
    try:
        result = tomllib.loads(src)
    except tomllib.TOMLDecodeError as e:
        print(repr(src), "->", type(e).__name__, e)
    else:
        print(repr(src), "-> ok", result)

# the exception chains the ValueError of an impossible date
try:
    tomllib.loads("d = 2021-04-31")
except tomllib.TOMLDecodeError as e:
    print(type(e.__cause__).__name__, e.__cause__)
# load() reports like loads()
import io
try:
    tomllib.load(io.BytesIO(b"x = [1,\n2,\n3 4]"))
except ValueError as e:
    print("ValueError", e)
