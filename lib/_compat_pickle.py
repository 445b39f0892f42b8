"""Name mappings between Python 2 and Python 3 modules, used by pickle.

With protocols 0-2 and fix_imports=True, the pickler writes the Python 2
names of globals (REVERSE_NAME_MAPPING, then REVERSE_IMPORT_MAPPING) and
the unpickler translates Python 2 names back (NAME_MAPPING, then
IMPORT_MAPPING), so pickles stay readable by both major versions.
"""

def _pairs(text):
    """Parse 'a b' lines into a list of (a, b) pairs."""
    return [tuple(line.split()) for line in text.strip().splitlines()]

# Python 2 module -> Python 3 module (the invertible part).
IMPORT_MAPPING = dict(_pairs("""
    __builtin__ builtins
    copy_reg copyreg
    Queue queue
    SocketServer socketserver
    ConfigParser configparser
    repr reprlib
    tkFileDialog tkinter.filedialog
    tkSimpleDialog tkinter.simpledialog
    tkColorChooser tkinter.colorchooser
    tkCommonDialog tkinter.commondialog
    Dialog tkinter.dialog
    Tkdnd tkinter.dnd
    tkFont tkinter.font
    tkMessageBox tkinter.messagebox
    ScrolledText tkinter.scrolledtext
    Tkconstants tkinter.constants
    Tix tkinter.tix
    ttk tkinter.ttk
    Tkinter tkinter
    markupbase _markupbase
    _winreg winreg
    thread _thread
    dummy_thread _dummy_thread
    dbhash dbm.bsd
    dumbdbm dbm.dumb
    dbm dbm.ndbm
    gdbm dbm.gnu
    xmlrpclib xmlrpc.client
    SimpleXMLRPCServer xmlrpc.server
    httplib http.client
    htmlentitydefs html.entities
    HTMLParser html.parser
    Cookie http.cookies
    cookielib http.cookiejar
    BaseHTTPServer http.server
    test.test_support test.support
    commands subprocess
    urlparse urllib.parse
    robotparser urllib.robotparser
    urllib2 urllib.request
    anydbm dbm
    _abcoll collections.abc
"""))

# (Python 2 module, name) -> (Python 3 module, name) (the invertible part).
NAME_MAPPING = {}
for _line in _pairs("""
    __builtin__.xrange builtins.range
    __builtin__.reduce functools.reduce
    __builtin__.intern sys.intern
    __builtin__.unichr builtins.chr
    __builtin__.unicode builtins.str
    __builtin__.long builtins.int
    itertools.izip builtins.zip
    itertools.imap builtins.map
    itertools.ifilter builtins.filter
    itertools.ifilterfalse itertools.filterfalse
    itertools.izip_longest itertools.zip_longest
    UserDict.IterableUserDict collections.UserDict
    UserList.UserList collections.UserList
    UserString.UserString collections.UserString
    whichdb.whichdb dbm.whichdb
    _socket.fromfd socket.fromfd
    _multiprocessing.Connection multiprocessing.connection.Connection
    multiprocessing.process.Process multiprocessing.context.Process
    multiprocessing.forking.Popen multiprocessing.popen_fork.Popen
    urllib.ContentTooShortError urllib.error.ContentTooShortError
    urllib.getproxies urllib.request.getproxies
    urllib.pathname2url urllib.request.pathname2url
    urllib.quote_plus urllib.parse.quote_plus
    urllib.quote urllib.parse.quote
    urllib.unquote_plus urllib.parse.unquote_plus
    urllib.unquote urllib.parse.unquote
    urllib.url2pathname urllib.request.url2pathname
    urllib.urlcleanup urllib.request.urlcleanup
    urllib.urlencode urllib.parse.urlencode
    urllib.urlopen urllib.request.urlopen
    urllib.urlretrieve urllib.request.urlretrieve
    urllib2.HTTPError urllib.error.HTTPError
    urllib2.URLError urllib.error.URLError
"""):
    _old, _new = (_s.rsplit(".", 1) for _s in _line)
    NAME_MAPPING[tuple(_old)] = tuple(_new)

PYTHON2_EXCEPTIONS = tuple("""
    ArithmeticError AssertionError AttributeError BaseException BufferError
    BytesWarning DeprecationWarning EOFError EnvironmentError Exception
    FloatingPointError FutureWarning GeneratorExit IOError ImportError
    ImportWarning IndentationError IndexError KeyError KeyboardInterrupt
    LookupError MemoryError NameError NotImplementedError OSError
    OverflowError PendingDeprecationWarning ReferenceError RuntimeError
    RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError
    SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError
    UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning
    UserWarning ValueError Warning ZeroDivisionError
""".split())
for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)

MULTIPROCESSING_EXCEPTIONS = ('AuthenticationError', 'BufferTooShort',
                              'ProcessError', 'TimeoutError')
for _name in MULTIPROCESSING_EXCEPTIONS:
    NAME_MAPPING[("multiprocessing", _name)] = ("multiprocessing.context", _name)

# The inverses, computed before the one-way additions below.
REVERSE_IMPORT_MAPPING = {new: old for old, new in IMPORT_MAPPING.items()}
REVERSE_NAME_MAPPING = {new: old for old, new in NAME_MAPPING.items()}

# One-way additions (Python 2 -> 3 only).
IMPORT_MAPPING.update(_pairs("""
    cPickle pickle
    _elementtree xml.etree.ElementTree
    FileDialog tkinter.filedialog
    SimpleDialog tkinter.simpledialog
    DocXMLRPCServer xmlrpc.server
    SimpleHTTPServer http.server
    CGIHTTPServer http.server
    UserDict collections
    UserList collections
    UserString collections
    whichdb dbm
    StringIO io
    cStringIO io
"""))
NAME_MAPPING.update({
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('socket', '_socketobject'): ('socket', 'SocketType'),
})

# One-way additions (Python 3 -> 2 only).
REVERSE_IMPORT_MAPPING.update(_pairs("""
    _bz2 bz2
    _dbm dbm
    _functools functools
    _gdbm gdbm
    _pickle pickle
"""))
REVERSE_NAME_MAPPING[('_functools', 'reduce')] = ('__builtin__', 'reduce')
for _mod, _names, _old in (
        ('tkinter.filedialog', 'FileDialog LoadFileDialog SaveFileDialog',
         'FileDialog'),
        ('tkinter.simpledialog', 'SimpleDialog', 'SimpleDialog'),
        ('xmlrpc.server', 'ServerHTMLDoc XMLRPCDocGenerator '
         'DocXMLRPCRequestHandler DocXMLRPCServer DocCGIXMLRPCRequestHandler',
         'DocXMLRPCServer'),
        ('http.server', 'SimpleHTTPRequestHandler', 'SimpleHTTPServer'),
        ('http.server', 'CGIHTTPRequestHandler', 'CGIHTTPServer')):
    for _name in _names.split():
        REVERSE_NAME_MAPPING[(_mod, _name)] = (_old, _name)
REVERSE_NAME_MAPPING[('_socket', 'socket')] = ('socket', '_socketobject')

PYTHON3_OSERROR_EXCEPTIONS = tuple("""
    BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
    ConnectionRefusedError ConnectionResetError FileExistsError
    FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError
    PermissionError ProcessLookupError TimeoutError
""".split())
for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')

PYTHON3_IMPORTERROR_EXCEPTIONS = ('ModuleNotFoundError',)
for _name in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'ImportError')

del _pairs, _line, _old, _new, _name, _mod, _names
