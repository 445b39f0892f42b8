class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = "single underscore"
        self.__dunder__ = "not mangled"
    def balance(self):
        return self.__balance
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()

a = Account()
print(sorted(vars(a)))
print(a.balance(), a._Account__balance, a.call_private(), a._Account__private_method())
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(a.__dunder__, a._protected)
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = "sub's own"
    def both(self):
        return self.__balance, self._Account__balance
print(Sub().both(), sorted(vars(Sub())))
class M:
    __cls_attr = "mangled class attr"
    def get(self):
        return self.__cls_attr
print(M().get(), "_M__cls_attr" in M.__dict__, "__cls_attr" in M.__dict__)
class _Lead:
    def f(self):
        self.__x = 1
        return sorted(vars(self))
print(_Lead().f())
class N:
    def g(self):
        __local = 5
        return __local
    def h(self):
        return getattr(self, "__hidden", "getattr strings are not mangled")
print(N().g(), N().h())
print([n for n in dir(Account) if "private" in n])
