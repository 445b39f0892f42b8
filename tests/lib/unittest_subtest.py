# subTest: each failing subtest is reported separately; the test goes on
import io
import unittest

D = __file__.rsplit('/', 1)[0]

class Numbers(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_msg(self):
        with self.subTest("named", size=3):
            raise OSError("io trouble")
        print("after the failing subtest")

    def test_nested(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                self.assertTrue(False)

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 3)

for verbosity in (1, 2):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(Numbers)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    out = stream.getvalue().replace(D, '<dir>')
    print("\n".join(l[:13] if l.startswith("Ran ") else l for l in out.split("\n")))
    print(result.testsRun, len(result.failures), len(result.errors))
