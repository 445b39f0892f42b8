"""bisect - binary search over sorted sequences and insertion that keeps them sorted.

Implements: bisect_left, bisect_right (with lo, hi and key=), insort_left,
insort_right, and the aliases bisect and insort, with the argument checks and
messages of CPython's C accelerator.  Pure Python; nothing is left out.
"""

from operator import index as _index

_NOARG = object()


def _bounds(func, a, x, lo, hi):
    # Argument handling of the C functions: a and x are required, lo and hi must
    # be integers (hi None or -1 meaning len(a)).
    if a is _NOARG:
        raise TypeError("%s() missing required argument 'a' (pos 1)" % func)
    if x is _NOARG:
        raise TypeError("%s() missing required argument 'x' (pos 2)" % func)
    lo = _index(lo)
    if hi is not None:
        hi = _index(hi)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def insort_right(a=_NOARG, x=_NOARG, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to it.

    lo and hi limit the search to a[lo:hi]; key, when given, is applied to the
    items of a and to x before comparing."""
    lo, hi = _bounds('insort_right', a, x, lo, hi)
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def bisect_right(a=_NOARG, x=_NOARG, lo=0, hi=None, *, key=None):
    """Return the insertion point for x in the sorted sequence a, after equal items.

    Every item of a[lo:i] compares <= x and every item of a[i:hi] > x.  lo and hi
    (default 0 and len(a)) bound the search; key is applied to the items of a
    (not to x) before comparing."""
    lo, hi = _bounds('bisect_right', a, x, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def insort_left(a=_NOARG, x=_NOARG, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to it.

    lo and hi limit the search to a[lo:hi]; key, when given, is applied to the
    items of a and to x before comparing."""
    lo, hi = _bounds('insort_left', a, x, lo, hi)
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def bisect_left(a=_NOARG, x=_NOARG, lo=0, hi=None, *, key=None):
    """Return the insertion point for x in the sorted sequence a, before equal items.

    Every item of a[lo:i] compares < x and every item of a[i:hi] >= x.  lo and hi
    (default 0 and len(a)) bound the search; key is applied to the items of a
    (not to x) before comparing."""
    lo, hi = _bounds('bisect_left', a, x, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


bisect = bisect_right
insort = insort_right
