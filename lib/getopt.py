"""getopt - parser for command line options, in the style of C's getopt().

Implements: getopt (options stop at the first non-option argument), gnu_getopt
(options and arguments may be mixed, unless shortopts starts with '+' or
POSIXLY_CORRECT is set), and GetoptError (alias error) with the attributes msg
and opt and CPython's messages.  Long options may be abbreviated to any unique
prefix.
Leaves out: translation of the messages (there is no gettext).
"""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    """A bad option: msg is the message, opt the option concerned (or '')."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _longopt_list(longopts):
    # A single long option may be given as a plain string.
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse the options at the start of args (a list, without the program name).

    shortopts holds the option letters, each followed by ':' when it takes an
    argument; longopts holds long option names, each ending with '=' when it
    takes one.  Returns (opts, rest): opts is a list of (option, value) pairs
    such as ('-a', '') or ('--file', 'x'), rest the arguments left over.
    Parsing stops at the first non-option argument or after '--'."""
    opts = []
    longopts = _longopt_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options may come after non-option arguments.

    Scanning stops at the first non-option argument when shortopts starts with
    '+' or the environment variable POSIXLY_CORRECT is set."""
    opts = []
    prog_args = []
    longopts = _longopt_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        all_options_first = True
    elif os.environ.get('POSIXLY_CORRECT'):
        all_options_first = True
    else:
        all_options_first = False

    while args:
        arg = args[0]
        if arg == '--':
            prog_args += args[1:]
            break
        if arg[:2] == '--':
            opts, args = do_longs(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            opts, args = do_shorts(opts, arg[1:], shortopts, args[1:])
        elif all_options_first:
            prog_args += args
            break
        else:
            prog_args.append(arg)
            args = args[1:]
    return opts, prog_args


def do_longs(opts, opt, longopts, args):
    # opt is the text after '--', possibly 'name=value'.
    i = opt.find('=')
    if i < 0:
        optarg = None
    else:
        opt, optarg = opt[:i], opt[i + 1:]

    has_arg, opt = long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
    return opts, args


def long_has_args(opt, longopts):
    """Return (takes an argument, full option name) for a long option or prefix."""
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    # An exact match wins over longer names that share the prefix.
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    match = candidates[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def do_shorts(opts, optstring, shortopts, args):
    # optstring is a cluster of letters after '-', like 'vx' or 'ofile'.
    while optstring != '':
        opt, optstring = optstring[0], optstring[1:]
        if short_has_arg(opt, shortopts):
            # The argument is the rest of the cluster, or else the next word.
            if optstring == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
