# TestLoader: getTestCaseNames (sorted), loadTestsFromTestCase/Module/Name(s), TestSuite
import sys
import unittest

class Zeta(unittest.TestCase):
    def test_b(self): pass
    def test_a(self): pass
    def helper(self): pass
    test_not_callable = 5

class Alpha(unittest.TestCase):
    def runTest(self): pass

class Base(unittest.TestCase):
    def test_base(self): pass

class Derived(Base):
    def test_derived(self): pass

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Zeta), loader.getTestCaseNames(Derived))
s = loader.loadTestsFromTestCase(Alpha)
print([str(t) for t in s], s.countTestCases())
mod = loader.loadTestsFromModule(sys.modules[__name__])
print(mod.countTestCases(), [type(x).__name__ for x in mod])
print([t.id() for t in loader.loadTestsFromName("Zeta.test_a", sys.modules[__name__])])
print([t.id() for suite in loader.loadTestsFromNames(["Zeta", "Derived.test_base"], sys.modules[__name__]) for t in suite])
loader.testMethodPrefix = "help"
print(loader.getTestCaseNames(Zeta))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
loader.testMethodPrefix = "test"
print(loader.getTestCaseNames(Zeta))
suite = unittest.TestSuite([Zeta("test_a")])
suite.addTest(unittest.TestSuite([Zeta("test_b"), Derived("test_base")]))
print(suite.countTestCases(), repr(Zeta("test_a")), Zeta("test_a") == Zeta("test_a"))
try:
    Zeta("test_missing")
except ValueError as e:
    print(type(e).__name__, e)
try:
    suite.addTest(5)
except TypeError as e:
    print(type(e).__name__, e)
result = unittest.TestResult()
suite.run(result)
print(result, result.wasSuccessful())
ft = unittest.FunctionTestCase(lambda: None, description="a function test")
print(ft.shortDescription(), ft.countTestCases())
