"""unittest: a unit-testing framework (the xUnit style of CPython's unittest).

Implements TestCase (setUp/tearDown, setUpClass/tearDownClass, addCleanup/doCleanups,
subTest, skipTest, fail, and the assert methods: Equal/NotEqual, True/False, Is/IsNot,
IsNone/IsNotNone, In/NotIn, IsInstance/NotIsInstance, Raises/RaisesRegex (callable and
context-manager forms, .exception), Warns/WarnsRegex, Logs/NoLogs, AlmostEqual/NotAlmostEqual
(places, delta), Greater/GreaterEqual/Less/LessEqual, CountEqual, Regex/NotRegex,
DictEqual/ListEqual/TupleEqual/SetEqual/SequenceEqual/MultiLineEqual), the skip, skipIf,
skipUnless and expectedFailure decorators, SkipTest, FunctionTestCase, TestSuite,
TestLoader (getTestCaseNames, loadTestsFromTestCase, loadTestsFromModule,
loadTestsFromName(s)), TestResult, TextTestResult, TextTestRunner (verbosity 0/1/2,
CPython 3.11's output) and main() / TestProgram (-v, -q, -f, test names).

Failure messages follow CPython's, including the ndiff of the two values that
assertEqual appends for lists, tuples, dicts and strings (difflib.ndiff over
pprint.pformat, as CPython). Regex assertions use `re` when it can be imported, else a plain
substring search. Left out: test discovery (`python -m unittest discover`), -b
buffering of output, -c Ctrl-C handling, -k patterns, module-level
setUpModule/tearDownModule, async test cases (IsolatedAsyncioTestCase).
unittest.mock is a submodule of its own (import unittest.mock).
"""

import sys

from unittest.case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                           skipUnless, expectedFailure, addModuleCleanup,
                           doModuleCleanups)
from unittest.suite import TestSuite
from unittest.result import TestResult
from unittest.loader import TestLoader, defaultTestLoader, getTestCaseNames, makeSuite, findTestCases
from unittest.runner import TextTestRunner, TextTestResult
from unittest.main import main, TestProgram

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'TestProgram',
           'getTestCaseNames', 'makeSuite', 'findTestCases', 'addModuleCleanup',
           'doModuleCleanups']

__unittest = True
