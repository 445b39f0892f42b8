"""unittest._diff: the line diff that unittest appends to assertEqual failures
(difflib.ndiff's output with its '?' hint lines, and pprint.pformat's layout of short
and one-item-per-line containers). Private to unittest: Glass has no difflib or pprint
module yet. pformat here handles the common cases (a repr that fits in 80 columns, with
dict and set items sorted; otherwise lists, tuples, dicts and sets one item per line);
deeply nested long containers and long strings are not wrapped as pprint would."""

__unittest = True


class _Matcher:
    """Longest-matching-block sequence comparison (difflib.SequenceMatcher's
    algorithm: junk elements, the popular-element heuristic for len(b) >= 200)."""

    def __init__(self, isjunk=None, a='', b=''):
        self.isjunk = isjunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.fullbcount = None
        b2j = {}
        for i, elt in enumerate(b):
            b2j.setdefault(elt, []).append(i)
        self.bjunk = set()
        if self.isjunk:
            for elt in list(b2j.keys()):
                if self.isjunk(elt):
                    self.bjunk.add(elt)
            for elt in self.bjunk:
                del b2j[elt]
        n = len(b)
        if n >= 200:
            ntest = n // 100 + 1
            popular = [elt for elt, idxs in b2j.items() if len(idxs) > ntest]
            for elt in popular:
                del b2j[elt]
        self.b2j = b2j

    def find_longest_match(self, alo, ahi, blo, bhi):
        a, b, b2j, bjunk = self.a, self.b, self.b2j, self.bjunk
        besti, bestj, bestsize = alo, blo, 0
        j2len = {}
        for i in range(alo, ahi):
            newj2len = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = newj2len[j] = j2len.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = newj2len
        while (besti > alo and bestj > blo and b[bestj - 1] not in bjunk
               and a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and b[bestj + bestsize] not in bjunk
               and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while (besti > alo and bestj > blo and b[bestj - 1] in bjunk
               and a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and b[bestj + bestsize] in bjunk
               and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        return besti, bestj, bestsize

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        queue = [(0, la, 0, lb)]
        blocks = []
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            i, j, k = x = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                blocks.append(x)
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        blocks.sort()
        i1 = j1 = k1 = 0
        merged = []
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        i = j = 0
        answer = []
        for ai, bj, size in self.get_matching_blocks():
            tag = ''
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            if tag:
                answer.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                answer.append(('equal', ai, i, bj, j))
        return answer

    def ratio(self):
        matches = sum(size for _, _, size in self.get_matching_blocks())
        length = len(self.a) + len(self.b)
        return 2.0 * matches / length if length else 1.0

    def quick_ratio(self):
        if self.fullbcount is None:
            self.fullbcount = fullbcount = {}
            for elt in self.b:
                fullbcount[elt] = fullbcount.get(elt, 0) + 1
        fullbcount = self.fullbcount
        avail = {}
        matches = 0
        for elt in self.a:
            if elt in avail:
                numb = avail[elt]
            else:
                numb = fullbcount.get(elt, 0)
            avail[elt] = numb - 1
            if numb > 0:
                matches += 1
        length = len(self.a) + len(self.b)
        return 2.0 * matches / length if length else 1.0

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return 2.0 * min(la, lb) / (la + lb) if la + lb else 1.0


def _char_junk(ch):
    return ch in " \t"


def _dump(tag, x, lo, hi):
    for i in range(lo, hi):
        yield '%s %s' % (tag, x[i])


def _plain_replace(a, alo, ahi, b, blo, bhi):
    if bhi - blo < ahi - alo:
        yield from _dump('+', b, blo, bhi)
        yield from _dump('-', a, alo, ahi)
    else:
        yield from _dump('-', a, alo, ahi)
        yield from _dump('+', b, blo, bhi)


def _keep_ws(s, tags):
    return ''.join(c if t == " " and c.isspace() else t for c, t in zip(s, tags))


def _qformat(aline, bline, atags, btags):
    atags = _keep_ws(aline, atags).rstrip()
    btags = _keep_ws(bline, btags).rstrip()
    yield "- " + aline
    if atags:
        yield "? %s\n" % atags
    yield "+ " + bline
    if btags:
        yield "? %s\n" % btags


def _fancy_replace(a, alo, ahi, b, blo, bhi):
    best_ratio, cutoff = 0.74, 0.75
    cruncher = _Matcher(_char_junk)
    eqi = eqj = None
    best_i = best_j = None
    for j in range(blo, bhi):
        bj = b[j]
        cruncher.set_seq2(bj)
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            cruncher.set_seq1(ai)
            if (cruncher.real_quick_ratio() > best_ratio
                    and cruncher.quick_ratio() > best_ratio
                    and cruncher.ratio() > best_ratio):
                best_ratio, best_i, best_j = cruncher.ratio(), i, j
    if best_ratio < cutoff:
        if eqi is None:
            yield from _plain_replace(a, alo, ahi, b, blo, bhi)
            return
        best_i, best_j, best_ratio = eqi, eqj, 1.0
    else:
        eqi = None
    yield from _fancy_helper(a, alo, best_i, b, blo, best_j)
    aelt, belt = a[best_i], b[best_j]
    if eqi is None:
        atags = btags = ""
        cruncher.set_seqs(aelt, belt)
        for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
            la, lb = ai2 - ai1, bj2 - bj1
            if tag == 'replace':
                atags += '^' * la
                btags += '^' * lb
            elif tag == 'delete':
                atags += '-' * la
            elif tag == 'insert':
                btags += '+' * lb
            else:
                atags += ' ' * la
                btags += ' ' * lb
        yield from _qformat(aelt, belt, atags, btags)
    else:
        yield '  ' + aelt
    yield from _fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)


def _fancy_helper(a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        else:
            yield from _dump('-', a, alo, ahi)
    elif blo < bhi:
        yield from _dump('+', b, blo, bhi)


def ndiff(a, b):
    """The lines of difflib.ndiff(a, b): '- ', '+ ', '  ' and '? ' hint lines."""
    cruncher = _Matcher(None, a, b)
    for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
        if tag == 'replace':
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        elif tag == 'delete':
            yield from _dump('-', a, alo, ahi)
        elif tag == 'insert':
            yield from _dump('+', b, blo, bhi)
        else:
            yield from _dump(' ', a, alo, ahi)


# ---- pformat ----------------------------------------------------------------------

def _sort_key(x):
    return (str(type(x)), x)


def _sorted(items):
    try:
        return sorted(items)
    except TypeError:
        try:
            return sorted(items, key=_sort_key)
        except TypeError:
            return list(items)


def _srepr(obj):
    """repr with dict keys and set items sorted, as pprint shows them."""
    t = type(obj)
    if t is dict:
        if not obj:
            return '{}'
        keys = _sorted(obj.keys())
        return '{' + ', '.join('%s: %s' % (_srepr(k), _srepr(obj[k])) for k in keys) + '}'
    if t is list:
        return '[' + ', '.join(_srepr(x) for x in obj) + ']'
    if t is tuple:
        if len(obj) == 1:
            return '(' + _srepr(obj[0]) + ',)'
        return '(' + ', '.join(_srepr(x) for x in obj) + ')'
    if t in (set, frozenset) and obj:
        body = '{' + ', '.join(_srepr(x) for x in _sorted(obj)) + '}'
        return body if t is set else 'frozenset(' + body + ')'
    return repr(obj)


def pformat(obj, indent=0, width=80):
    """pprint.pformat(obj) for the common cases (see the module docstring)."""
    rep = _srepr(obj)
    if len(rep) <= width - indent:
        return rep
    t = type(obj)
    if t is list or t is tuple:
        if not obj:
            return rep
        open_, close = ('[', ']') if t is list else ('(', ')')
        if t is tuple and len(obj) == 1:
            close = ',)'
        parts = [pformat(x, indent + 1, width) for x in obj]
        return open_ + (',\n' + ' ' * (indent + 1)).join(parts) + close
    if t in (set, frozenset):
        items = _sorted(obj)
        parts = [pformat(x, indent + 1, width) for x in items]
        body = '{' + (',\n' + ' ' * (indent + 1)).join(parts) + '}'
        return body if t is set else 'frozenset(' + body + ')'
    if t is dict:
        parts = []
        for k in _sorted(obj.keys()):
            krep = _srepr(k)
            parts.append('%s: %s' % (krep, pformat(obj[k], indent + 1 + len(krep) + 2,
                                                   width)))
        return '{' + (',\n' + ' ' * (indent + 1)).join(parts) + '}'
    return rep
