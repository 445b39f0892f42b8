"""code - the pieces of an interactive Python console: InteractiveInterpreter (compile
and run source, report errors), InteractiveConsole (line buffering, prompts, the
read-eval-print loop), interact() and compile_command(). Glass's own implementation,
with CPython's behaviour and output.
"""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace (self.locals); errors go to write()."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run source. True if it is incomplete (more input needed),
        False once it ran or its syntax error was shown."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Run a code object in self.locals; exceptions but SystemExit are shown."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Show the syntax error being handled (with filename when given)."""
        etype, value, tb = sys.exc_info()
        sys.last_type = etype
        sys.last_value = value
        sys.last_traceback = tb
        if filename and etype is SyntaxError:
            try:
                msg, (_, lineno, offset, line) = value.args
            except ValueError:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_value = value
        if sys.excepthook is sys.__excepthook__:
            self.write("".join(traceback.format_exception_only(etype, value)))
        else:
            sys.excepthook(etype, value, tb)

    def showtraceback(self):
        """Show the exception being handled, without this module's own frame."""
        etype, value, tb = sys.exc_info()
        sys.last_type = etype
        sys.last_value = value
        sys.last_traceback = tb
        try:
            if sys.excepthook is sys.__excepthook__:
                self.write("".join(traceback.format_exception(etype, value, tb.tb_next)))
            else:
                sys.excepthook(etype, value, tb.tb_next)
        finally:
            tb = value = None

    def write(self, data):
        """Output for errors: sys.stderr."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An InteractiveInterpreter that gathers lines until a statement is complete."""

    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines gathered so far."""
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """The read-eval-print loop, until end of input (EOFError from raw_input)."""
        try:
            sys.ps1
        except AttributeError:
            sys.ps1 = ">>> "
        try:
            sys.ps2
        except AttributeError:
            sys.ps2 = "... "
        if banner is None:
            self.write("Python %s on %s\n%s\n(%s)\n" % (
                sys.version, sys.platform,
                'Type "help", "copyright", "credits" or "license" for more information.',
                self.__class__.__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        more = False
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write("now exiting %s...\n" % self.__class__.__name__)
        elif exitmsg != "":
            self.write("%s\n" % exitmsg)

    def push(self, line):
        """Add a line (without its newline) and run the buffer if it is complete.
        True while more lines are needed."""
        self.buffer.append(line)
        source = "\n".join(self.buffer)
        more = self.runsource(source, self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Read a line (input()); EOFError at the end of input."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole on namespace local, reading with readfunc (or input())."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline  # noqa: F401  (line editing, when available)
        except ImportError:
            pass
    console.interact(banner, exitmsg)
