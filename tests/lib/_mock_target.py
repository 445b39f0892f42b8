# helper module patched by the mock_patch / mock_autospec tests
import os

CONSTANT = 'original'
SETTINGS = {'a': 1, 'b': 2}


def function(x, y=2):
    return ('real', x, y)


async def async_function(x):
    return ('real async', x)


class Klass:
    attr = 'class attr'

    def __init__(self, value):
        self.value = value

    def method(self, a, b=0):
        return ('real method', a, b)

    @classmethod
    def cmeth(cls, z):
        return ('real cmeth', z)

    @staticmethod
    def smeth(q):
        return ('real smeth', q)

    @property
    def prop(self):
        return 'real prop'


def uses_function():
    return function(1)


def uses_klass():
    return Klass(5).method(1)


def cwd():
    return os.getcwd()
