"""codeop - compile Python source that may be incomplete (what an interactive console
needs: more lines to come, a finished statement, or an error).

compile_command() and CommandCompiler() return a code object when the source is a
complete statement, None when more input could complete it, and raise SyntaxError,
OverflowError or ValueError when it is wrong. Compile and CommandCompiler remember the
__future__ statements they compiled, as CPython's do. Glass's own implementation.
"""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_features = [getattr(__future__, name) for name in __future__.all_feature_names]


def _only_blank_or_comments(source):
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != "#":
            return False
    return True


def _maybe_compile(compiler, source, filename, symbol):
    if symbol != "eval" and _only_blank_or_comments(source):
        source = "pass"     # nothing to run, but a complete statement
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
        except SyntaxError:
            # One more newline ends any open block: if that helps, or the error
            # is still "the input ended too early", more lines are wanted.
            try:
                compiler(source + "\n", filename, symbol)
                return None
            except SyntaxError as exc:
                if "incomplete input" in str(exc):
                    return None
    # compile again, with warnings on, for the code object or the real error
    return compiler(source, filename, symbol)


def _compile(source, filename, symbol):
    return compile(source, filename, symbol,
                   PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile a command: a code object, None if incomplete, or SyntaxError etc.

    symbol is "single" (the default), "exec" or "eval".
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like the compile() builtin, but remembers the __future__ statements it saw
    and applies them to everything it compiles later."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        codeob = compile(source, filename, symbol, self.flags, True)
        for feature in _features:
            if codeob.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """compile_command() that remembers __future__ statements (a Compile)."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        """Compile source: a code object, None if incomplete, or SyntaxError etc."""
        return _maybe_compile(self.compiler, source, filename, symbol)
