# setUp/tearDown, setUpClass/tearDownClass, addCleanup, a failing setUp and setUpClass
import io
import unittest

class Fixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
        cls.shared = []

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.shared)

    def setUp(self):
        print("  setUp", self._testMethodName)
        self.addCleanup(print, "  cleanup", self._testMethodName)

    def tearDown(self):
        print("  tearDown", self._testMethodName)

    def test_a(self):
        self.shared.append("a")

    def test_b(self):
        self.shared.append("b")
        self.fail("b fails")

class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def tearDown(self):
        print("never: tearDown after failed setUp")

    def test_x(self):
        print("never: test body")

class BadClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class setup broke")

    def test_y(self):
        print("never: test_y")

loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (Fixture, BadSetUp, BadClass):
    suite.addTests(loader.loadTestsFromTestCase(cls))
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(suite)
print(result.testsRun, len(result.failures), len(result.errors))
for test, text in result.errors:
    print(str(test), "|", text.strip().split("\n")[-1])
for test, text in result.failures:
    print(str(test), "|", text.strip().split("\n")[-1])
print(stream.getvalue().split("\n")[0])
