class Name(str):
    def greet(self):
        return "Hello, " + self
n = Name("ann")
print(n, repr(n), n.greet(), n.upper(), type(n.upper()).__name__, type(n).__name__)
print(n == "ann", n + "!", type(n + "!").__name__, len(n), n[0], type(n[0]).__name__)
print({n: 1}["ann"], "ann" in {n}, isinstance(n, str), str(n) is not n)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("loud")
print(u, u.lower(), Upper("x") == "X")
class Tagged(str):
    pass
t = Tagged("t")
t.tag = "meta"
print(t, t.tag, vars(t))
class Rev(str):
    def __str__(self):
        return self[::-1]
r = Rev("abc")
print(r, str(r), f"{r}", "%s" % r, repr(r), r + "d")
print(sorted([Name("b"), Name("a")]), "-".join([Name("x"), "y"]))
class Case(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    __hash__ = str.__hash__
print(Case("ABC") == "abc", "abc" == Case("ABC"), Case("a") != "A")
print(format(Name("fmt"), ">6"), Name("a b").split(), type(Name("a b").split()[0]).__name__)
