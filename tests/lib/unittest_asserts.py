# unittest assert methods: passing calls are silent, failures give CPython's messages
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
        print(name, "ok")
    except AssertionError as e:
        print(name, "->", e)
    except Exception as e:
        print(name, "!!", type(e).__name__, e)

check("assertEqual", 1, 2)
check("assertEqual", 1, 1.0)
check("assertEqual", "x", "x")
check("assertEqual", 10 ** 100, 10 ** 100 + 1)
check("assertNotEqual", 3, 3)
check("assertTrue", [])
check("assertFalse", "x")
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 0)
check("assertIsNotNone", None)
check("assertIn", 4, [1, 2])
check("assertNotIn", 1, (1, 2))
check("assertIsInstance", 1, str)
check("assertNotIsInstance", 1, int)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 1.0, 1.5, delta=0.25)
check("assertAlmostEqual", 1.0, 1.5, places=2, delta=1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.1, delta=0.5)
check("assertCountEqual", "abc", "cab")
check("assertCountEqual", [1, 1, 2], [1, 2, 2])
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("assertSetEqual", {1, 2}, {1, 2})
check("assertSetEqual", frozenset([1]), {2})
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertTupleEqual", (1, 2), (1, 2))
check("assertListEqual", [1], (1,))
check("assertEqual", 5, 6, "extra info")
check("assertIn", "z", "abc", msg="letters")
check("fail", "failed on purpose")
t.longMessage = False
check("assertEqual", 5, 6, "only mine")
check("assertEqual", 5, 6)
