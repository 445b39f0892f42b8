# blake2 parameter errors, with CPython's messages.
import hashlib


def t(label, f):
    try:
        r = f()
        print(label, 'ok', r.hexdigest()[:16])
    except Exception as e:
        print(label, type(e).__name__, e)


for ctor in [hashlib.blake2b, hashlib.blake2s]:
    n = ctor.__name__
    big = ctor.MAX_DIGEST_SIZE
    t(n + ' ds0', lambda: ctor(digest_size=0))
    t(n + ' dsbig', lambda: ctor(digest_size=big + 1))
    t(n + ' key', lambda: ctor(key=b'x' * (ctor.MAX_KEY_SIZE + 1)))
    t(n + ' salt', lambda: ctor(salt=b'x' * (ctor.SALT_SIZE + 1)))
    t(n + ' person', lambda: ctor(person=b'x' * (ctor.PERSON_SIZE + 1)))
    t(n + ' fanout', lambda: ctor(fanout=256))
    t(n + ' fanout-', lambda: ctor(fanout=-1))
    t(n + ' depth0', lambda: ctor(depth=0))
    t(n + ' depth', lambda: ctor(depth=256))
    t(n + ' leaf', lambda: ctor(leaf_size=2**32))
    t(n + ' leaf-', lambda: ctor(leaf_size=-1))
    t(n + ' noff-', lambda: ctor(node_offset=-1))
    t(n + ' ndepth', lambda: ctor(node_depth=256))
    t(n + ' ndepth-', lambda: ctor(node_depth=-1))
    t(n + ' inner', lambda: ctor(inner_size=big + 1))
    t(n + ' keystr', lambda: ctor(key='abc'))
    t(n + ' datastr', lambda: ctor('abc'))
    t(n + ' dataint', lambda: ctor(5))
    t(n + ' two', lambda: ctor(b'a', b'b'))
    t(n + ' kw', lambda: ctor(foo=1))
    t(n + ' data=', lambda: ctor(data=b'abc'))
    t(n + ' dsstr', lambda: ctor(digest_size='a'))
    t(n + ' dshuge', lambda: ctor(digest_size=2**70))
    t(n + ' last', lambda: ctor(last_node=1))
    t(n + ' laststr', lambda: ctor(last_node='x'))
    t(n + ' upd', lambda: ctor().update('x'))
    t(n + ' upd0', lambda: ctor().update())
    t(n + ' hexarg', lambda: ctor().hexdigest(3))
    t(n + ' salt-ok', lambda: ctor(salt=b'x' * ctor.SALT_SIZE))
    t(n + ' key-empty', lambda: ctor(key=b''))
    t(n + ' bytearray', lambda: ctor(bytearray(b'abc'), key=memoryview(b'k')))
t('blake2s noff', lambda: hashlib.blake2s(node_offset=2**48))
t('blake2b noff', lambda: hashlib.blake2b(node_offset=2**64))
