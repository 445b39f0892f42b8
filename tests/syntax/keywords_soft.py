match = 1
case = 2
_ = 3
type_ = 4
print(match + case + _ + type_)
def print_(x):
    return "shadow-free " + str(x)
print(print_(1))
class_ = "class_"
for_ = "for_"
print(class_, for_)
import sys
keywords = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
            "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield"]
bad = []
for kw in keywords:
    try:
        compile(f"{kw} = 1", "<kw>", "exec")
    except SyntaxError:
        bad.append(kw)
print(len(bad) == len(keywords), [k for k in keywords if k not in bad])
for soft in ("match", "case", "_", "type"):
    ns = {}
    exec(f"{soft} = 'ok'", ns)
    print(soft, ns[soft])
print("ident".isidentifier(), "class".isidentifier(), "match".isidentifier())
try:
    compile("None = 1", "<n>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("def f(True): pass", "<n>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("x.None = 1", "<n>", "exec")
except SyntaxError as e:
    print(e.msg)
