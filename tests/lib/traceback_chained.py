# traceback.format_exception with __cause__, __context__, suppressed context, chain=False
import traceback

D = __file__.rsplit('/', 1)[0]

def show(lines):
    print(''.join(lines).replace(D, '<dir>'), end='')
    print('-----')

def parse(s):
    return int(s)

try:
    try:
        parse("x")
    except ValueError as e:
        raise RuntimeError("parse failed") from e
except RuntimeError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(e, chain=False))

try:
    try:
        {}["key"]
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    show(traceback.format_exception(type(e), e, e.__traceback__))

try:
    try:
        raise OSError("first")
    except OSError:
        raise LookupError("second") from None
except LookupError as e:
    show(traceback.format_exception(e))
    print(e.__suppress_context__, type(e.__context__).__name__)
