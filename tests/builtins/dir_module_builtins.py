import sys
print("print" in dir(__builtins__), "len" in dir(__builtins__))
names = ["abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "classmethod",
         "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter",
         "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "int",
         "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "min", "next", "object",
         "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set",
         "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip"]
import builtins
missing = [n for n in names if not hasattr(builtins, n)]
print("missing builtins:", missing)
print(builtins.len is len, builtins.__name__, type(builtins).__name__)
exc_names = ["BaseException", "Exception", "ValueError", "TypeError", "KeyError", "IndexError",
             "AttributeError", "NameError", "ZeroDivisionError", "StopIteration", "RuntimeError",
             "RecursionError", "NotImplementedError", "OSError", "FileNotFoundError", "ImportError",
             "ModuleNotFoundError", "SyntaxError", "AssertionError", "OverflowError", "MemoryError",
             "UnicodeDecodeError", "LookupError", "ArithmeticError", "EOFError", "SystemExit",
             "KeyboardInterrupt", "GeneratorExit", "UnboundLocalError", "IndentationError"]
print("missing exceptions:", [n for n in exc_names if not hasattr(builtins, n)])
print(all(isinstance(getattr(builtins, n), type) for n in exc_names))
print(builtins.True_ if hasattr(builtins, "True_") else "no True_", builtins.None_ if False else None)
original = builtins.len
builtins.len = lambda x: 42
print(len([1, 2]))
builtins.len = original
print(len([1, 2]))
def shadow():
    len = "shadowed locally"
    return len
print(shadow(), len("abc"))
print(sorted(n for n in dir(sys) if n in ("argv", "path", "modules", "exit", "stdout")))
print(callable(builtins.__import__), builtins.__import__("sys") is sys)
