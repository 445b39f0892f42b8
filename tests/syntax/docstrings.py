"""Module docstring of this test."""
print(__doc__)
def f():
    """Function docstring."""
    return 1
def g():
    x = 1
    """Not a docstring: not the first statement."""
    return x
def h():
    # comment first
    """Still a docstring after a comment."""
class C:
    """Class docstring.

    With a second paragraph.
    """
    def m(self):
        '''single-quoted triple'''
print(f.__doc__)
print(g.__doc__)
print(h.__doc__)
print(C.__doc__)
print(C.m.__doc__, C().m.__doc__)
def n():
    f"""not a docstring: f-string"""
print(n.__doc__)
def b():
    r"""raw \n docstring"""
print(b.__doc__)
lam = lambda: 0
print(lam.__doc__)
class Empty:
    pass
print(Empty.__doc__)
print(int.__doc__.splitlines()[0])
print(len.__doc__.splitlines()[0])
f.__doc__ = "replaced"
print(f.__doc__)
