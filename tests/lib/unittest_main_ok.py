# unittest.main(argv=...) -v, exit=False, then a successful run exits with status 0
import sys
import unittest

class Good(unittest.TestCase):
    def test_a(self):
        self.assertTrue(True)

    def test_b(self):
        self.assertCountEqual([3, 1, 2], [1, 2, 3])

class Other(unittest.TestCase):
    def test_c(self):
        self.assertEqual(1, 2)

class NoTime:
    # the runner's stream: stdout, with the varying "in 0.001s" cut off
    def write(self, s):
        if s.startswith("Ran "):
            s = s[:s.index(" in ")]
        sys.stdout.write(s)
    def flush(self):
        pass

sys.stderr = NoTime()
prog = unittest.main(argv=["prog", "-q", "Good"], exit=False)
print(prog.result.testsRun, prog.result.wasSuccessful())
prog = unittest.main(argv=["prog", "Good.test_b"], exit=False)
print(prog.result.testsRun)
sys.stderr = sys.__stderr__
unittest.main(argv=["prog", "Good"])
