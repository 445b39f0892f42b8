# unittest.main() runs the __main__ tests, prints to stderr and exits with status 1
import unittest

class Passing(unittest.TestCase):
    def test_one(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_two(self):
        self.assertIsNone(None)

class Failing(unittest.TestCase):
    def test_bad(self):
        self.assertEqual("abc".upper(), "ABD")

    @unittest.skip("later")
    def test_skipped(self):
        pass

print("before main")
unittest.main()
print("not reached")
