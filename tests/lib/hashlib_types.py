# The hash types themselves: not instantiable / not subclassable as in CPython,
# qualified method names, no pickling, no instance attributes.
import hashlib
import pickle


def t(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)


HASH = type(hashlib.md5())
XOF = type(hashlib.shake_128())
t('HASH()', lambda: HASH())
t('HASHXOF()', lambda: XOF())
t('xof is HASH', lambda: issubclass(XOF, HASH))
t('subclass blake2b', lambda: type('B', (hashlib.blake2b,), {}))
t('subclass blake2s', lambda: type('B', (hashlib.blake2s,), {}))
t('names', lambda: (HASH.__name__, HASH.__module__, XOF.__name__, hashlib.blake2s.__module__))
t('qualname', lambda: (HASH.update.__qualname__, hashlib.sha256().hexdigest.__qualname__))
t('ctor names', lambda: (hashlib.sha256.__name__, hashlib.shake_256.__name__))
t('pickle', lambda: pickle.dumps(hashlib.md5()))
t('pickle b2', lambda: pickle.dumps(hashlib.blake2b()))


def setattr_(o):
    o.x = 1


t('attr', lambda: setattr_(hashlib.sha1()))
t('attr b2', lambda: setattr_(hashlib.blake2b()))
t('NUL name', lambda: hashlib.new('md5\x00'))
t('int name', lambda: hashlib.new(5))
t('unbound', lambda: HASH.update())
t('unbound2', lambda: HASH.digest(hashlib.md5(b'a')).hex())
t('wrong self', lambda: HASH.digest(hashlib.blake2b()))
t('digest_size ro', lambda: setattr(hashlib.md5(), 'digest_size', 3))
h = hashlib.sha256(b'abc')
c = h.copy()
t('copy independent', lambda: (c is not h, type(c) is HASH, c.digest() == h.digest()))
h.update(b'd')
t('after update', lambda: c.digest() == h.digest())
t('repr', lambda: repr(h).split(' @ ')[0] + ' / ' + repr(hashlib.shake_128()).split(' @ ')[0])
t('repr b2', lambda: repr(hashlib.blake2b()).split(' at ')[0])
