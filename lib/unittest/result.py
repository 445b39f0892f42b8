"""unittest.result: TestResult, which collects the outcomes of tests (failures and
errors as (test, formatted traceback) pairs, skipped as (test, reason))."""

import sys
import traceback

from unittest.util import strclass

__unittest = True


def failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__doc__ = method.__doc__
    return inner


class TestResult(object):
    """Holds the outcomes of a test run: testsRun, failures, errors, skipped,
    expectedFailures, unexpectedSuccesses, shouldStop."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """Called when an error has occurred. 'err' is a tuple of values as
        returned by sys.exc_info()."""
        self.errors.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addFailure(self, test, err):
        """Called when a failure (an assert method failed) has occurred."""
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest; err is None when it passed."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        "Called when a test has completed successfully"

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """Tells whether or not this result was a success (no failures, errors or
        unexpected successes)."""
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The formatted traceback of err, without the unittest machinery's frames."""
        exctype, value, tb = err
        te = traceback.TracebackException(exctype, value, tb,
                                          capture_locals=self.tb_locals, compact=True)
        fe = getattr(test, 'failureException', None)
        is_failure = (isinstance(exctype, type) and fe is not None
                      and issubclass(exctype, fe))
        self._clean(te, value, tb, is_failure)
        return ''.join(te.format())

    def _clean(self, te, value, tb, is_failure, seen=None):
        if seen is None:
            seen = set()
        if id(te) in seen:
            return
        seen.add(id(te))
        entries = []
        while tb is not None:
            entries.append(tb)
            tb = tb.tb_next
        while entries and '__unittest' in entries[0].tb_frame.f_globals:
            entries.pop(0)
        if is_failure:
            while entries and '__unittest' in entries[-1].tb_frame.f_globals:
                entries.pop()
        pairs = [(t.tb_frame, traceback._tb_positions(t)) for t in entries]
        te.stack = traceback.StackSummary._extract_from_extended_frame_gen(
            iter(pairs), capture_locals=self.tb_locals)
        if value is None:
            return
        if te.__cause__ is not None and value.__cause__ is not None:
            c = value.__cause__
            self._clean(te.__cause__, c, c.__traceback__, False, seen)
        if te.__context__ is not None and value.__context__ is not None:
            c = value.__context__
            self._clean(te.__context__, c, c.__traceback__, False, seen)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))
