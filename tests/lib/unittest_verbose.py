# TextTestRunner(verbosity=2): 'name (module.Class.name) ... status' lines, docstrings
import io
import unittest

class Shapes(unittest.TestCase):
    def test_circle(self):
        """Circles are round."""
        self.assertIn("o", "round")

    def test_square(self):
        self.assertEqual(len([1, 2, 3, 4]), 4)

    def test_triangle(self):
        """Triangles have three sides.

        Second docstring line is not shown."""
        self.assertEqual(3, 4)

    @unittest.skipIf(True, "no hexagons")
    def test_hexagon(self):
        pass

    @unittest.skipUnless(False, "no pentagons")
    def test_pentagon(self):
        pass

stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(Shapes)
print(suite.countTestCases(), [t._testMethodName for t in suite])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in stream.getvalue().split('\n'):
    if line.startswith('  File'):
        line = line[:8] + '...' + line[line.index(', line'):]
    print(line[:13] if line.startswith('Ran ') else line)
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2, descriptions=False).run(
    unittest.TestSuite([Shapes("test_circle")]))
print(stream.getvalue().split('\n')[0])
