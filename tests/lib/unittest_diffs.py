# assertEqual failure messages with CPython's ndiff of the two values (lists, dicts,
# tuples, sets, strings), shortened reprs and the maxDiff cut-off
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def check(*pair):
    try:
        t.assertEqual(*pair)
        print("equal")
    except AssertionError as e:
        print(e)
        print("=" * 20)

check([1, 2, 3], [1, 2, 4])
check({'a': 1, 'c': [1, 2]}, {'a': 2, 'c': [1, 2]})
check({'b': 1, 'a': 2}, {'a': 2})
check((1, 2, 3), (1, 2))
check("hello world", "hello wurld")
check("abc\ndef\nghi\n", "abc\ndxf\nghi\nextra\n")
check("a" * 100, "a" * 99 + "b")
check("foo", "completely different")
check(list(range(30)), list(range(29)) + [99])
check(["alpha", "beta", "gamma"], ["alpha", "beta ", "delta"])
check({"key%d" % i: i for i in range(12)}, {"key%d" % i: i + (i == 5) for i in range(12)})
check("  indented\tline\n", "  indented line\n")
check(list(range(300)), list(range(299)))
check({1, 2, 3}, {1, 2})
check("x" * 700, "y" * 700)
t.maxDiff = None
check([{"name": "alice", "age": 30}, {"name": "bob", "age": 25, "tags": ["x"] * 8}],
      [{"name": "alice", "age": 31}, {"name": "bob", "age": 25, "tags": ["x"] * 8}])
check([list(range(20)), list(range(20))], [list(range(20)), list(range(21))])
check([1.5, None, True, "s"], [1.5, None, False, "s"])
