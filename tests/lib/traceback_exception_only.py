# format_exception_only: qualified names, empty messages, failing __str__, notes, SyntaxError
import traceback

class Plain(Exception):
    pass

class Outer:
    class Inner(Exception):
        pass

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")

print(traceback.format_exception_only(ValueError("v")))
print(traceback.format_exception_only(ValueError, ValueError("v")))
print(traceback.format_exception_only(Plain()))
print(traceback.format_exception_only(Outer.Inner("in")))
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(OSError(2, "No such file")))
print(traceback.format_exception_only(StopIteration()))
print(traceback.format_exception_only(None))
e = ValueError("with notes")
e.__notes__ = ["first note", "multi\nline"]
print(traceback.format_exception_only(e))

try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as se:
    print(traceback.format_exception_only(se))
try:
    compile("a b", "<src>", "exec")
except SyntaxError as se:
    print(''.join(traceback.format_exception_only(se)), end='')
try:
    compile("    if x:\n pass", "<src>", "exec")
except SyntaxError as se:
    print(''.join(traceback.format_exception_only(se)), end='')
print(traceback.format_exception_only(SyntaxError("bare")))
