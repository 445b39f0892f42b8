"""unittest.loader: TestLoader, which collects TestCase methods (names starting with
'test', sorted) from classes, modules and dotted names into TestSuites.
Left out: discover()."""

import os
import sys
import fnmatch
import functools
import traceback

from unittest import case, suite
from unittest.util import three_way_cmp

__unittest = True


class TestLoader(object):
    """Builds TestSuites: loadTestsFromTestCase, loadTestsFromModule,
    loadTestsFromName(s), getTestCaseNames."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of all test cases contained in testCaseClass."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        testCaseNames = self.getTestCaseNames(testCaseClass)
        if not testCaseNames and hasattr(testCaseClass, 'runTest'):
            testCaseNames = ['runTest']
        return self.suiteClass(map(testCaseClass, testCaseNames))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in the module (honouring a
        load_tests(loader, tests, pattern) function)."""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        """A suite for a dotted name: a module, a TestCase class, a test method, a
        callable returning a test, relative to module when given."""
        parts = name.split('.')
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = '.'.join(parts_copy)
                    module = __import__(module_name)
                    for p in module_name.split('.')[1:]:
                        module = getattr(module, p)
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[len(parts_copy):]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (callable(obj) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            inst = parent(parts[-1])
            if not isinstance(getattr(inst, parts[-1]), type(self.loadTestsFromName)):
                return self.suiteClass([inst])
            return self.suiteClass([inst])
        if isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites of loadTestsFromName for each name."""
        suites = [self.loadTestsFromName(name, module) for name in names]
        return self.suiteClass(suites)

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods (callables named test*) of the class."""
        def shouldIncludeMethod(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            testFunc = getattr(testCaseClass, attrname)
            if not callable(testFunc):
                return False
            if not self.testNamePatterns:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__,
                                 attrname)
            return any(fnmatch.fnmatchcase(full, p) for p in self.testNamePatterns)
        testFnNames = list(filter(shouldIncludeMethod, dir(testCaseClass)))
        if self.sortTestMethodsUsing:
            testFnNames.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return testFnNames


    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find the test modules below start_dir whose file names match pattern
        (importable from top_level_dir, by default start_dir, which is put first on
        sys.path) and return a suite of their tests. Subdirectories are searched when
        they are packages (have __init__.py); a package's load_tests(loader, tests,
        pattern) takes over its directory. A module that fails to import becomes a
        test that reports the error."""
        if top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        start_dir = os.path.abspath(start_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        if not os.path.isdir(start_dir):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        if start_dir != top_level_dir and not os.path.isfile(
                os.path.join(start_dir, '__init__.py')):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(self._find_tests(start_dir, pattern))

    def _module_name(self, path):
        rel = os.path.relpath(os.path.splitext(path)[0], self._top_level_dir)
        return rel.replace(os.path.sep, '.')

    def _import(self, name):
        try:
            __import__(name)
        except case.SkipTest as e:
            return None, _make_skipped_test(name, e, self.suiteClass)
        except Exception:
            message = 'Failed to import test module: %s\n%s' % (
                name, traceback.format_exc())
            self.errors.append(message)
            return None, _make_failed_test(name, ImportError(message), self.suiteClass)
        return sys.modules[name], None

    def _find_tests(self, start_dir, pattern):
        for entry in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, entry)
            if os.path.isfile(path):
                base, ext = os.path.splitext(entry)
                if ext != '.py' or not base.isidentifier():
                    continue
                if not fnmatch.fnmatch(entry, pattern):
                    continue
                module, failed = self._import(self._module_name(path))
                if failed is not None:
                    yield failed
                else:
                    yield self.loadTestsFromModule(module, pattern=pattern)
            elif os.path.isdir(path):
                if not entry.isidentifier() or not os.path.isfile(
                        os.path.join(path, '__init__.py')):
                    continue
                package, failed = self._import(self._module_name(path))
                if failed is not None:
                    yield failed
                    continue
                load_tests = getattr(package, 'load_tests', None)
                tests = self.loadTestsFromModule(package, pattern=pattern)
                if load_tests is not None:
                    yield tests   # the package's load_tests decided
                    continue
                yield tests
                yield from self._find_tests(path, pattern)


def _make_failed_test(methodname, exception, suiteClass):
    def testFailure(self):
        raise exception
    test_class = type('_FailedTest', (case.TestCase,), {methodname: testFailure})
    test_class.__module__ = __name__
    return suiteClass((test_class(methodname),))


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    test_class = type('ModuleSkipped', (case.TestCase,), {methodname: testSkipped})
    test_class.__module__ = __name__
    return suiteClass((test_class(methodname),))


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=three_way_cmp):
    """Deprecated helper: TestLoader().getTestCaseNames with a prefix."""
    return _makeLoader(prefix, sortUsing).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=three_way_cmp,
              suiteClass=suite.TestSuite):
    """Deprecated helper: a suite of the class's tests."""
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=three_way_cmp,
                  suiteClass=suite.TestSuite):
    """Deprecated helper: a suite of the module's tests."""
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
