# ast.literal_eval: accepted literals and the errors for everything else.
import ast

GOOD = [
    "1", "-1", "+1.5", "1e3", "3j", "-3j", "1+2j", "1-2j", "-1.5+2j", "'s'", "b'b'",
    "u'x'", "'a' 'b'", "True", "False", "None", "...", "[1, 2, [3]]", "(1,)", "()",
    "{1: 'a', 'b': (2, 3)}", "{1, 2, 3}", "set()", "  [1, 2]", "\t(1)",
    "{'a': [1, {'b': None}]}", "0x10", "1_000", "--1" if False else "-0",
]
for src in GOOD:
    v = ast.literal_eval(src)
    print(repr(src), '->', repr(v), type(v).__name__)

BAD = [
    "x", "1 + x", "f()", "[1, x]", "1 * 2", "'a' + 'b'", "-'a'", "1 + 2", "(1+2j) + 3",
    "{**a}", "set([1])", "lambda: 0", "a.b", "not True", "[i for i in x]", "1 +\n x",
    "1 if 2 else 3", "--1", "2j + 1",
]
for src in BAD:
    try:
        print(repr(src), '->', repr(ast.literal_eval(src)))
    except ValueError as e:
        msg = str(e)
        print(repr(src), 'ValueError', msg[:msg.index(' object at ')] if ' object at ' in msg else msg)
    except Exception as e:
        print(repr(src), type(e).__name__, e)

for src in ["1 +", "(", "x = 1"]:
    try:
        ast.literal_eval(src)
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)

# trees work too, and an Expression is unwrapped
print(ast.literal_eval(ast.parse('[1, -2, (3,)]', mode='eval')))
print(ast.literal_eval(ast.Constant(value=42)))
print(ast.literal_eval(ast.List(elts=[ast.Constant(1), ast.Tuple(elts=[], ctx=ast.Load())], ctx=ast.Load())))
try:
    ast.literal_eval(ast.Name(id='x', ctx=ast.Load()))
except ValueError as e:
    print(str(e).split(' object at')[0])
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print(str(e).split(' object at')[0])
try:
    ast.literal_eval(3)
except ValueError as e:
    print(e)
