# An exception in __del__ is printed as "Exception ignored in: ..." and swallowed,
# on the refcount path and on the collector path.
import gc
gc.disable()

class Bad:
    def __del__(self):
        raise ValueError("boom")

b = Bad()
print("del b")
del b
print("still running")

c = Bad()
c.me = c
del c
print("collect ->", gc.collect())
print("still running")

class Chain:
    def __del__(self):
        helper()

def helper():
    return 1 / 0

x = Chain()
x = None
print("end")
