"""argparse - command-line option and argument parsing.

Implements: ArgumentParser (prog, usage, description, epilog, prefix_chars,
argument_default, add_help, allow_abbrev, exit_on_error, formatter_class)
with add_argument for positionals and optionals (-x/--long; actions store,
store_const, store_true, store_false, append, append_const, count, extend,
help, version; type, default, choices, nargs None/'?'/'*'/'+'/N/REMAINDER,
const, required, dest, metavar, help), add_argument_group, set_defaults,
get_default, add_mutually_exclusive_group, parse_args, parse_known_args, format_usage, format_help,
print_usage, print_help, error and exit; Namespace; ArgumentError and
ArgumentTypeError; the formatters HelpFormatter, RawDescriptionHelpFormatter,
RawTextHelpFormatter and ArgumentDefaultsHelpFormatter.  Usage lines, help
layout and error messages follow CPython 3.11 (the help width is $COLUMNS, or
80, minus 2).

Also add_subparsers / add_parser (aliases, help, set_defaults per
sub-command).  Left out: parents=,
fromfile_prefix_chars, conflict_handler='resolve',
BooleanOptionalAction, parse_intermixed_args and message translation.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'Namespace',
           'Action', 'FileType', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


# ---------------------------------------------------------------------------
# Namespace and errors

class Namespace:
    """Simple object holding parsed attributes; repr lists them in order set."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        parts = []
        star = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                star[name] = value
        if star:
            parts.append('**%r' % (star,))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error from creating or using an argument; str() names the argument."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raise from a type= function to report a bad value with your message."""
    pass


class FileType(object):
    """A type= factory opening the named file with these open() arguments; '-' is
    standard input or output (their binary buffer for a 'b' mode)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = self._mode, self._bufsize
        kwargs = [('encoding', self._encoding), ('errors', self._errors)]
        args_str = ', '.join([repr(arg) for arg in args if arg != -1] +
                             ['%s=%r' % (kw, arg) for kw, arg in kwargs if arg is not None])
        return '%s(%s)' % (type(self).__name__, args_str)


# ---------------------------------------------------------------------------
# Actions

class Action:
    """Base of the argument actions: holds the add_argument() settings and
    is called as action(parser, namespace, values, option_string)."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar']
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % (n, getattr(self, n)) for n in names))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The action add_subparsers() returns: its add_parser() defines a
    sub-command, and parsing hands the remaining strings to that parser."""

    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=name, help=help,
                             metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        """Create and return the parser of sub-command name (aliases=,
        help= and the ArgumentParser keywords are accepted)."""
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s'
                                    % alias)
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self._name_parser_map)))
        subns, rest = subparser.parse_known_args(rest, None)
        for key, value in vars(subns).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction,
    'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction, 'append': _AppendAction,
    'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction, 'extend': _ExtendAction,
    'parsers': _SubParsersAction,
}


# ---------------------------------------------------------------------------
# Help formatting

class HelpFormatter:
    """Lays out usage and help text.  Items are collected with add_usage,
    add_text, start_section/end_section and add_arguments, then joined by
    format_help()."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            try:
                width = int(_os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        # Root list of items; a section is [heading, items, indent].
        self._root = []
        self._stack = [self._root]

    # -- building -------------------------------------------------------

    def start_section(self, heading):
        self._current_indent += self._indent_increment
        section = ('section', heading, [])
        self._stack[-1].append(section)
        self._stack.append(section[2])

    def end_section(self):
        self._current_indent -= self._indent_increment
        self._stack.pop()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            indent = self._current_indent
            self._stack[-1].append(('text', lambda: self._format_text(text, indent)))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._stack[-1].append(
                ('text', lambda: self._format_usage(usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            for sub in self._get_subactions(action):
                invocations.append(self._format_action_invocation(sub))
            length = max(map(len, invocations))
            self._action_max_length = max(self._action_max_length,
                                          length + self._current_indent)
            indent = self._current_indent
            self._stack[-1].append(('text', lambda: self._format_action(action, indent)))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._join_items(self._root, 0)
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_items(self, items, indent):
        out = []
        for item in items:
            if item[0] == 'text':
                out.append(item[1]())
            else:
                body = self._join_items(item[2], indent + self._indent_increment)
                if not body:
                    continue
                heading = ''
                if item[1] is not SUPPRESS and item[1] is not None:
                    heading = '%*s%s:\n' % (indent, '', item[1])
                out.append('\n' + heading + body + '\n')
        return ''.join(out)

    # -- usage ----------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            action_usage = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join([s for s in [prog, action_usage] if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                opt_usage = self._format_actions_usage(optionals, groups)
                pos_usage = self._format_actions_usage(positionals, groups)
                part_re = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
                opt_parts = _re.findall(part_re, opt_usage)
                pos_parts = _re.findall(part_re, pos_usage)

                def get_lines(parts, indent, prefix=None):
                    lines = []
                    line = []
                    if prefix is not None:
                        line_len = len(prefix) - 1
                    else:
                        line_len = len(indent) - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + ' '.join(line))
                            line = []
                            line_len = len(indent) - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + ' '.join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = ' ' * len(prefix)
                    lines = get_lines(opt_parts + pos_parts, indent)
                    if len(lines) > 1:
                        lines = get_lines(opt_parts, indent)
                        lines.extend(get_lines(pos_parts, indent))
                    lines = [prog] + lines
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    def _format_actions_usage(self, actions, groups):
        # Brackets and bars to insert around mutually exclusive groups whose
        # actions appear contiguously: inserts maps an index to the text put
        # before the action at that index.
        group_actions = set()
        inserts = {}
        for group in groups:
            if not group._group_actions:
                raise ValueError('empty group %s' % (group,))
            try:
                start = actions.index(group._group_actions[0])
            except ValueError:
                continue
            count = len(group._group_actions)
            end = start + count
            if actions[start:end] != group._group_actions:
                continue
            hidden = 0
            for action in group._group_actions:
                group_actions.add(action)
                if action.help is SUPPRESS:
                    hidden += 1
            if not group.required:
                opener, closer = '[', ']'
            elif count - hidden > 1:
                opener, closer = '(', ')'
            else:
                opener = closer = None
            if opener is not None:
                inserts[start] = inserts[start] + ' ' + opener if start in inserts else opener
                inserts[end] = inserts[end] + closer if end in inserts else closer
            for i in range(start + 1, end):
                inserts[i] = '|'
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == '|':
                    inserts.pop(i)
                elif inserts.get(i + 1) == '|':
                    inserts.pop(i + 1)
            elif not action.option_strings:
                part = self._format_args(action, action.dest)
                if action in group_actions:
                    if part[0] == '[' and part[-1] == ']':
                        part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    args = self._format_args(action, action.dest.upper())
                    part = '%s %s' % (action.option_strings[0], args)
                if not action.required and action not in group_actions:
                    part = '[%s]' % part
                parts.append(part)
        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]
        text = ' '.join([p for p in parts if p is not None])
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    # -- text and actions -----------------------------------------------

    def _format_text(self, text, indent):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, ' ' * indent) + '\n\n'

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            header = '%*s%s\n' % (indent, '', header)
            indent_first = 0
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (indent, '', action_width, header)
            indent_first = 0
        else:
            header = '%*s%s\n' % (indent, '', header)
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._get_subactions(action):
            parts.append(self._format_action(sub, indent + self._indent_increment))
        return ''.join(parts)

    def _get_subactions(self, action):
        get = getattr(action, '_get_subactions', None)
        return get() if get is not None else []

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(action, action.dest)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, action.dest.upper())
        return ', '.join('%s %s' % (s, args) for s in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def format(size):
            if isinstance(result, tuple):
                return result
            return (result,) * size
        return format

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get(1)
        if nargs == OPTIONAL:
            return '[%s]' % get(1)
        if nargs == ZERO_OR_MORE:
            metavar = get(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % get(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _split_lines(self, text, width):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent,
                             subsequent_indent=indent)


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog text exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text (descriptions and argument help) as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: %(default)s)' to argument help texts."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


# ---------------------------------------------------------------------------
# Parser

class _ArgumentGroup:
    """A titled group of arguments in the help output."""

    def __init__(self, parser, title=None, description=None):
        self._parser = parser
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        """Add an argument to the parser, listed under this group's title."""
        action = self._parser._make_action(args, kwargs)
        self._group_actions.append(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        return self._parser.add_argument_group(*args, **kwargs)

    def add_mutually_exclusive_group(self, *, required=False):
        group = _MutuallyExclusiveGroup(self._parser, self, required)
        self._parser._mutex_groups.append(group)
        return group


class _MutuallyExclusiveGroup:
    """Arguments of which at most one (exactly one if required) may be
    given; they are listed in the help under their container's title."""

    def __init__(self, parser, container, required=False):
        self._parser = parser
        self._container = container
        self.required = required
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        """Add an argument to the parser as a member of this group."""
        if self._container is self._parser:
            action = self._parser.add_argument(*args, **kwargs)
        else:
            action = self._container.add_argument(*args, **kwargs)
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._group_actions.append(action)
        return action


_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class ArgumentParser:
    """Parses command-line strings into a Namespace of attributes.

    prog: program name (default os.path.basename(sys.argv[0])); usage:
    custom usage text; description/epilog: text before/after the argument
    help; add_help: add -h/--help; allow_abbrev: accept unique prefixes
    of long options; exit_on_error: on a bad command line print usage and
    exit(2) rather than raise ArgumentError."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=(), formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._has_negative_number_optionals = []
        self._positionals = _ArgumentGroup(self, 'positional arguments')
        self._optionals = _ArgumentGroup(self, 'options')
        self._action_groups = [self._positionals, self._optionals]
        self._mutex_groups = []
        self._subparsers = None
        if add_help:
            p = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(p + 'h', p * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help='show this help message and exit')

    def __repr__(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return 'ArgumentParser(%s)' % ', '.join(
            '%s=%r' % (n, getattr(self, n)) for n in names)

    # -- adding arguments -----------------------------------------------

    def add_argument(self, *args, **kwargs):
        """add_argument(name or flags..., action=, nargs=, const=, default=,
        type=, choices=, required=, help=, metavar=, dest=)

        Define how one command-line argument is parsed; returns the Action."""
        action = self._make_action(args, kwargs)
        if action.option_strings:
            self._optionals._group_actions.append(action)
        else:
            self._positionals._group_actions.append(action)
        return action

    def _make_action(self, args, kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_class, action_class) \
            if isinstance(action_class, (str, type(None))) else action_class
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        try:
            self._get_formatter()._format_args(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs') from None
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                other = self._option_string_actions[option_string]
                conflicts = [s for s in action.option_strings
                             if s in self._option_string_actions]
                word = 'string' if len(conflicts) == 1 else 'strings'
                raise ArgumentError(action, 'conflicting option %s: %s'
                                    % (word, ', '.join(conflicts)))
        self._actions.append(action)
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
            if _NEGATIVE_NUMBER.match(option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _positional_kwargs(self, dest=None, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        if dest is None:
            raise TypeError("add_argument() missing 1 required positional "
                            "argument: 'dest'")
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_options = []
        for option_string in args:
            if option_string[0] not in self.prefix_chars:
                raise ValueError(
                    'invalid option string %r: must start with a character %r'
                    % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_options.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            first = long_options[0] if long_options else option_strings[0]
            dest = first.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % (first,))
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def add_mutually_exclusive_group(self, *, required=False):
        """Return a group whose arguments may not be given together; with
        required=True one of them must be given."""
        group = _MutuallyExclusiveGroup(self, self, required)
        self._mutex_groups.append(group)
        return group

    def add_argument_group(self, title=None, description=None):
        """Return a new titled group; its add_argument() adds to this parser."""
        group = _ArgumentGroup(self, title, description)
        self._action_groups.append(group)
        return group

    def add_subparsers(self, **kwargs):
        """add_subparsers(title=, description=, prog=, parser_class=,
        action=, dest=, required=, help=, metavar=)

        Add the sub-command argument; returns the action whose add_parser()
        defines each sub-command."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._mutex_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = kwargs.pop('action', 'parsers')
        if isinstance(action_class, str):
            action_class = _ACTIONS[action_class]
        action = action_class(option_strings=[], **kwargs)
        self._actions.append(action)
        self._subparsers._group_actions.append(action)
        return action

    def set_defaults(self, **kwargs):
        """Set namespace defaults, overriding those of matching arguments."""
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        """Return the default value of the attribute dest."""
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # -- parsing --------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        """Parse args (default sys.argv[1:]) and return the Namespace; an
        unknown argument is an error."""
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        """Like parse_args, but return (namespace, list of unknown strings)."""
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        option_indices = {}
        pattern = []
        it = iter(arg_strings)
        for i, arg in enumerate(it):
            if arg == '--':
                pattern.append('-')
                for _ in it:
                    pattern.append('A')
                break
            opt = self._parse_optional(arg)
            if opt is None:
                pattern.append('A')
            else:
                option_indices[i] = opt
                pattern.append('O')
        pattern = ''.join(pattern)

        seen = set()
        seen_non_default = set()
        extras = []
        conflicts = {}
        for group in self._mutex_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                conflicts.setdefault(action, []).extend(members[:i] + members[i + 1:])

        def take_action(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit = option_indices[start]
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit is not None:
                    count = self._match_argument(action, 'A')
                    chars = self.prefix_chars
                    if count == 0 and option_string[1] not in chars and explicit != '':
                        todo.append((action, [], option_string))
                        option_string = option_string[0] + explicit[0]
                        rest = explicit[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit = rest
                        else:
                            raise ArgumentError(action, 'ignored explicit argument %r'
                                                % explicit)
                    elif count == 1:
                        stop = start + 1
                        todo.append((action, [explicit], option_string))
                        break
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % explicit)
                else:
                    first = start + 1
                    count = self._match_argument(action, pattern[first:])
                    stop = first + count
                    todo.append((action, arg_strings[first:stop], option_string))
                    break
            for action, strings, option_string in todo:
                take_action(action, strings, option_string)
            return stop

        positionals = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start):
            counts = self._match_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                take_action(action, arg_strings[start:start + count])
                start += count
            del positionals[:len(counts)]
            return start

        start = 0
        max_option = max(option_indices) if option_indices else -1
        while start <= max_option:
            next_option = min(i for i in option_indices if i >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_indices:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest,
                            self._get_value(action, action.default))
        if required:
            self.error('the following arguments are required: %s'
                       % ', '.join(required))
        for group in self._mutex_groups:
            if group.required:
                for action in group._group_actions:
                    if action in seen_non_default:
                        break
                else:
                    names = [_action_name(a) for a in group._group_actions
                             if a.help is not SUPPRESS]
                    self.error('one of the arguments %s is required'
                               % ' '.join(names))
        return namespace, extras

    def _parse_optional(self, arg):
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            option_string, explicit = arg.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit
        tuples = self._option_tuples(arg)
        if len(tuples) > 1:
            matches = ', '.join([t[1] for t in tuples])
            self.error('ambiguous option: %s could match %s' % (arg, matches))
        elif len(tuples) == 1:
            return tuples[0]
        if _NEGATIVE_NUMBER.match(arg):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _option_tuples(self, arg):
        result = []
        chars = self.prefix_chars
        if arg[0] in chars and arg[1] in chars:
            if self.allow_abbrev:
                if '=' in arg:
                    prefix, explicit = arg.split('=', 1)
                else:
                    prefix, explicit = arg, None
                for s, action in self._option_string_actions.items():
                    if s.startswith(prefix):
                        result.append((action, s, explicit))
        elif arg[0] in chars and arg[1] not in chars:
            short, short_explicit = arg[:2], arg[2:]
            for s, action in self._option_string_actions.items():
                if s == short:
                    result.append((action, s, short_explicit))
                elif self.allow_abbrev and s.startswith(arg):
                    result.append((action, s, None))
        else:
            self.error('unexpected option string: %s' % arg)
        return result

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            p = '(-*A-*)'
        elif nargs == OPTIONAL:
            p = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            p = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            p = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            p = '([-AO]*)'
        elif nargs == PARSER:
            p = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            p = '(-*-*)'
        else:
            p = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            p = p.replace('-*', '').replace('-', '')
        return p

    def _match_argument(self, action, pattern):
        m = _re.match(self._nargs_pattern(action), pattern)
        if m is None:
            nargs = action.nargs
            if nargs is None:
                msg = 'expected one argument'
            elif nargs == OPTIONAL:
                msg = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                msg = 'expected at least one argument'
            elif nargs == 1:
                msg = 'expected 1 argument'
            else:
                msg = 'expected %s arguments' % (nargs,)
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_partial(self, actions, pattern):
        for i in range(len(actions), 0, -1):
            full = ''.join([self._nargs_pattern(a) for a in actions[:i]])
            m = _re.match(full, pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER):
            try:
                strings.remove('--')
            except ValueError:
                pass
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_value(action, value)
        elif len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, string):
        func = action.type
        if func is None:
            return string
        if not callable(func):
            raise ArgumentError(action, '%r is not callable' % (func,))
        try:
            return func(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err)) from None
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, string)) from None

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, choices))

    # -- help and exiting -----------------------------------------------

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        """Return the 'usage: ...' line(s)."""
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutex_groups)
        return formatter.format_help()

    def format_help(self):
        """Return the full help text: usage, description, argument groups
        and epilog."""
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutex_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        """Write format_usage() to file (default sys.stdout)."""
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        """Write format_help() to file (default sys.stdout)."""
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        """Print message (if any) to stderr and exit with status."""
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'prog: error: message' to stderr; exit(2)."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n'
                  % {'prog': self.prog, 'message': message})
