# assertRaises / assertRaisesRegex / assertWarns in callable and context-manager forms
import unittest
import warnings

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except AssertionError as e:
        print(label, "->", e)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

def boom(x):
    raise ValueError("bad input %s" % x)

attempt("callable", lambda: t.assertRaises(ValueError, boom, 1))
attempt("tuple", lambda: t.assertRaises((KeyError, ValueError), boom, 2))
attempt("not raised", lambda: t.assertRaises(ValueError, len, []))
attempt("other type", lambda: t.assertRaises(KeyError, boom, 3))
attempt("bad arg", lambda: t.assertRaises(5, boom, 3))
attempt("regex ok", lambda: t.assertRaisesRegex(ValueError, "input", boom, 4))
attempt("regex bad", lambda: t.assertRaisesRegex(ValueError, "nomatch", boom, 5))

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)

def ctx_not_raised():
    with t.assertRaises(IndexError, msg="need an index error"):
        pass

attempt("ctx msg", ctx_not_raised)

def ctx_bad_kw():
    with t.assertRaises(IndexError, foo=1):
        pass

attempt("ctx kw", ctx_bad_kw)

def warner():
    warnings.warn("old api", DeprecationWarning)

attempt("warns", lambda: t.assertWarns(DeprecationWarning, warner))
attempt("warns none", lambda: t.assertWarns(UserWarning, lambda: None))
attempt("warns regex", lambda: t.assertWarnsRegex(DeprecationWarning, "new", warner))
with t.assertWarns(UserWarning) as wcm:
    warnings.warn("careful")
print(str(wcm.warning), wcm.lineno)
