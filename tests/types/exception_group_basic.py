# BaseExceptionGroup / ExceptionGroup (PEP 654): construction checks, auto-selection of
# ExceptionGroup, str, split/subgroup through derive(), copied notes and cause.

def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)

print([c.__name__ for c in ExceptionGroup.__mro__])
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2),
                            ExceptionGroup('inner', [KeyError('k'), ValueError(3)])])
print(repr(eg), '|', eg, '|', eg.message, len(eg.exceptions), type(eg.args[1]).__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(lambda e: False), eg.split(Exception)[0] is eg)
print(eg.split((KeyError, TypeError)))

show(lambda: eg.split(1))
show(lambda: ExceptionGroup('x'))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup('x', 1))
show(lambda: ExceptionGroup('x', []))
show(lambda: ExceptionGroup('x', [1]))
show(lambda: ExceptionGroup('x', [ValueError()], extra=1))
show(lambda: ExceptionGroup('x', [KeyboardInterrupt()]))
show(lambda: type(BaseExceptionGroup('x', (ValueError(),))).__name__)
show(lambda: type(BaseExceptionGroup('x', (SystemExit(),))).__name__)
show(lambda: setattr(eg, 'message', 'y'))

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '!', excs)

show(lambda: MyGroup('x', [SystemExit()]))
g = MyGroup('m', [ValueError(1), TypeError(2)])
g.add_note('note')
g.__cause__ = KeyError('why')
match, rest = g.split(ValueError)
print(repr(match), repr(rest), match.__notes__, repr(match.__cause__),
      match.__notes__ is g.__notes__)
print(ExceptionGroup[int], isinstance(eg, Exception))
try:
    raise eg
except Exception as caught:
    print('caught', caught is eg)
