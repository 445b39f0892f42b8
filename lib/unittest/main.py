"""unittest.main: TestProgram / main(), running the tests of a module (default
__main__) from the command line: -v/--verbose, -q/--quiet, -f/--failfast, -b/--buffer,
-k PATTERN, --locals, -h, and test names (module, Class or Class.test_method); with
`python -m unittest` and no names, or `python -m unittest discover [-s DIR] [-p PATTERN]
[-t TOP]`, the tests are discovered. Exits with status 0 when every test passed, else 1.
Left out: -c/--catch (Glass has no signal handlers: accepted, does nothing)."""

import sys

from unittest import loader, runner

__unittest = True

USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] [tests ...]
"""


class TestProgram(object):
    """Load the tests of a module (or defaultTest / argv names) and run them."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0] if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(USAGE % {'prog': self.progName})
        sys.exit(2)

    def parseArgs(self, argv):
        names = []
        args = list(argv[1:])
        discover = self.module is None and args[:1] == ['discover']
        if discover:
            del args[0]
        self.discovery = {'start': '.', 'pattern': 'test*.py', 'top': None}
        keys = {'-s': 'start', '--start-directory': 'start', '-p': 'pattern',
                '--pattern': 'pattern', '-t': 'top', '--top-level-directory': 'top'}
        while args:
            arg = args.pop(0)
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg in ('-c', '--catch'):
                self.catchbreak = True
            elif arg == '--locals':
                self.tb_locals = True
            elif arg == '-k':
                if not args:
                    self.usageExit("error: argument -k: expected one argument")
                pattern = args.pop(0)
                if '*' not in pattern:
                    pattern = '*%s*' % pattern
                self.testNamePatterns = (self.testNamePatterns or []) + [pattern]
            elif arg in ('-h', '--help'):
                self.usageExit()
            elif discover and arg in keys:
                if not args:
                    self.usageExit("error: argument %s: expected one argument" % arg)
                self.discovery[keys[arg]] = args.pop(0)
            elif arg.startswith('-'):
                self.usageExit("error: unrecognized arguments: %s" % arg)
            elif discover and len(names) < 3:
                self.discovery[('start', 'pattern', 'top')[len(names)]] = arg
                names.append(arg)
            else:
                names.append(arg)
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if discover or (self.module is None and not names):
            self.testNames = None
            self.test = self.testLoader.discover(self.discovery['start'],
                                                 self.discovery['pattern'],
                                                 self.discovery['top'])
            return
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            testRunner = self.testRunner(verbosity=self.verbosity,
                                         failfast=bool(self.failfast),
                                         buffer=bool(self.buffer),
                                         warnings=self.warnings,
                                         tb_locals=self.tb_locals)
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
