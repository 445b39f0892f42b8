tree = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (IndentationError, SyntaxError), (TabError, IndentationError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (FileNotFoundError, OSError),
    (StopIteration, Exception), (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (Exception, BaseException), (AssertionError, Exception),
    (EOFError, Exception), (MemoryError, Exception), (BufferError, Exception), (StopAsyncIteration, Exception),
]
for sub, sup in tree:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(KeyError, (ValueError, LookupError)), isinstance(KeyError("k"), LookupError))
print(ZeroDivisionError.__mro__)
print(KeyError.__bases__, BaseException.__bases__, OSError is EnvironmentError, IOError is OSError)
try:
    {}["x"]
except LookupError as e:
    print("caught by base", type(e).__name__)
try:
    1 / 0
except (KeyError, ArithmeticError) as e:
    print("tuple clause", type(e).__name__)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
print(isinstance(Warning(), Exception), issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Warning))
