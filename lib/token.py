"""Token type constants of the Python 3.11 grammar (Glass's own implementation).

The numbers are those of CPython 3.11: the operator types come first, in the
order of its grammar's token table, then OP and the special tokens; COMMENT,
NL and ENCODING exist only in the output of the `tokenize` module.
"""

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']

# (name, operator text or None), in numeric order from 0.
_TABLE = (
    ('ENDMARKER', None), ('NAME', None), ('NUMBER', None), ('STRING', None),
    ('NEWLINE', None), ('INDENT', None), ('DEDENT', None),
    ('LPAR', '('), ('RPAR', ')'), ('LSQB', '['), ('RSQB', ']'), ('COLON', ':'),
    ('COMMA', ','), ('SEMI', ';'), ('PLUS', '+'), ('MINUS', '-'), ('STAR', '*'),
    ('SLASH', '/'), ('VBAR', '|'), ('AMPER', '&'), ('LESS', '<'), ('GREATER', '>'),
    ('EQUAL', '='), ('DOT', '.'), ('PERCENT', '%'), ('LBRACE', '{'), ('RBRACE', '}'),
    ('EQEQUAL', '=='), ('NOTEQUAL', '!='), ('LESSEQUAL', '<='), ('GREATEREQUAL', '>='),
    ('TILDE', '~'), ('CIRCUMFLEX', '^'), ('LEFTSHIFT', '<<'), ('RIGHTSHIFT', '>>'),
    ('DOUBLESTAR', '**'), ('PLUSEQUAL', '+='), ('MINEQUAL', '-='), ('STAREQUAL', '*='),
    ('SLASHEQUAL', '/='), ('PERCENTEQUAL', '%='), ('AMPEREQUAL', '&='),
    ('VBAREQUAL', '|='), ('CIRCUMFLEXEQUAL', '^='), ('LEFTSHIFTEQUAL', '<<='),
    ('RIGHTSHIFTEQUAL', '>>='), ('DOUBLESTAREQUAL', '**='), ('DOUBLESLASH', '//'),
    ('DOUBLESLASHEQUAL', '//='), ('AT', '@'), ('ATEQUAL', '@='), ('RARROW', '->'),
    ('ELLIPSIS', '...'), ('COLONEQUAL', ':='),
    ('OP', None), ('AWAIT', None), ('ASYNC', None), ('TYPE_IGNORE', None),
    ('TYPE_COMMENT', None), ('SOFT_KEYWORD', None), ('ERRORTOKEN', None),
    # Only the tokenize module produces these three.
    ('COMMENT', None), ('NL', None), ('ENCODING', None),
    ('N_TOKENS', None),
)

_g = globals()
for _number, (_name, _text) in enumerate(_TABLE):
    _g[_name] = _number
    __all__.append(_name)
NT_OFFSET = 256
__all__.append('NT_OFFSET')

tok_name = {}
for _number, (_name, _text) in enumerate(_TABLE):
    tok_name[_number] = _name
tok_name[NT_OFFSET] = 'NT_OFFSET'

# Operator text -> its exact type, keyed in sorted text order as CPython's table.
EXACT_TOKEN_TYPES = {}
for _text, _number in sorted((_t, _n) for _n, (_name, _t) in enumerate(_TABLE) if _t):
    EXACT_TOKEN_TYPES[_text] = _number
del _g, _number, _name, _text, _TABLE


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
