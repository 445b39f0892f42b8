# TextTestRunner(verbosity=1) on a stream: progress characters, failure blocks, summary
import io
import unittest

D = __file__.rsplit('/', 1)[0]

class Calc(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(2 * 2, 5)

    def test_error(self):
        raise KeyError("missing")

    @unittest.skip("not today")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

def run(verbosity):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(Calc)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    for line in stream.getvalue().replace(D, '<dir>').split('\n'):
        print(line[:13] if line.startswith('Ran ') else line)
    return result

r = run(1)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
      len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
print([str(t) for t, _ in r.failures], r.skipped[0][1])
print(r.errors[0][1].replace(D, '<dir>'))
r = run(0)
