# blake2b / blake2s: plain, keyed, salted, personalized, tree parameters.
import hashlib

for ctor in [hashlib.blake2b, hashlib.blake2s]:
    n = ctor.__name__
    print(n, ctor.SALT_SIZE, ctor.PERSON_SIZE, ctor.MAX_KEY_SIZE, ctor.MAX_DIGEST_SIZE)
    h = ctor()
    print(n, h.name, h.digest_size, h.block_size, type(h).__name__)
    print(n, 'empty', h.hexdigest())
    print(n, 'abc', ctor(b'abc').hexdigest())
    for k in [1, 63, 64, 65, 127, 128, 129, 255, 256, 257, 1000]:
        print(n, k, ctor(bytes((i * 17 + 3) & 255 for i in range(k))).hexdigest())
    print(n, 'million', ctor(b'a' * 1000000).hexdigest())
    mk = ctor.MAX_KEY_SIZE
    print(n, 'key', ctor(b'data', key=bytes(range(mk))).hexdigest())
    print(n, 'key1', ctor(key=b'k').hexdigest())
    print(n, 'key-block', ctor(b'x' * 128, key=b'secret').hexdigest())
    print(n, 'salt', ctor(b'data', salt=b'saltsalt').hexdigest())
    print(n, 'person', ctor(b'data', person=b'me').hexdigest())
    print(n, 'all', ctor(b'data', key=b'k', salt=b's', person=b'p', digest_size=20).hexdigest())
    for ds in [1, 16, ctor.MAX_DIGEST_SIZE]:
        h = ctor(b'abc', digest_size=ds)
        print(n, 'ds', ds, h.digest_size, h.hexdigest())
    tree = dict(fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=1,
                inner_size=ctor.MAX_DIGEST_SIZE // 2, last_node=True)
    print(n, 'tree', ctor(b'leaf', **tree).hexdigest())
    print(n, 'tree0', ctor(b'leaf', fanout=0, depth=255, leaf_size=2**32 - 1,
                            node_depth=255, inner_size=0).hexdigest())
    print(n, 'noff', ctor(node_offset=2**48 - 1 if n == 'blake2s' else 2**64 - 1).hexdigest())
    print(n, 'new', hashlib.new(n, b'abc', digest_size=8).hexdigest())
    print(n, 'usedforsecurity', ctor(b'abc', usedforsecurity=False).hexdigest()[:16])
    # incremental and copy
    h = ctor(key=b'key')
    for i in range(0, 700, 13):
        h.update(bytes(range(256))[i % 256:] [:13])
    c = h.copy()
    c.update(b'tail')
    print(n, 'inc', h.hexdigest(), c.hexdigest())
    print(n, 'same', h.hexdigest() == h.hexdigest(), h.digest().hex() == h.hexdigest())
