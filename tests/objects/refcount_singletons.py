# The statically allocated singletons start at 999,999,999 references (CPython 3.11's
# static objects): sys.getrefcount shows about a billion for them; ordinary objects
# count normally. (Exact values differ between interpreters: only magnitudes here.)
import sys
for o in (0, 1, 255, 256, -5, (), '', b'', 'a', '\xe9', b'a'):
    print(repr(o), 999_999_999 <= sys.getrefcount(o) < 1_100_000_000)
for o in (257, -6, 'ab', b'ab', (1,), True, False, None):
    print(repr(o), sys.getrefcount(o) < 100_000)
