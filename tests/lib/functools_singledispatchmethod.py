# functools.singledispatchmethod: dispatch on the argument after self/cls.
from functools import singledispatchmethod

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'other'
    @fmt.register
    def _(self, arg: int):
        return 'int %d' % arg
    @fmt.register
    def _(self, arg: list):
        return 'list of %d' % len(arg)
f = Formatter()
print(f.fmt(3), f.fmt([1, 2]), f.fmt('s'))

class Parser:
    @singledispatchmethod
    @classmethod
    def parse(cls, value):
        return ('raw', cls.__name__)
    @parse.register(str)
    @classmethod
    def _(cls, value):
        return ('text', cls.__name__, value.strip())
class SubParser(Parser):
    pass
print(Parser.parse(1), Parser.parse(' x '), SubParser.parse(' y '))
print(Formatter.fmt.__name__, f.fmt.register is not None)
try:
    f.fmt()
except (TypeError, IndexError) as e:
    print(type(e).__name__)
