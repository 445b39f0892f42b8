a = 1000
b = 1000
print(a is b)
def ret():
    return 1000
print(ret() is a)
f1 = 2.5
f2 = 2.5
print(f1 is f2)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 is t2)
s1 = "hello world!"
s2 = "hello world!"
print(s1 is s2)
n = 999
print(n + 1 is a, n + 1 == a)
print(int("1000") is a)
ns = {}
exec("c = 1000", ns)
print(ns["c"] == a)
x = "identifier_like"
y = "identifier_like"
print(x is y)
code_a = compile("v = 'hello world!'", "<a>", "exec")
g = {}
exec(code_a, g)
print(g["v"] == s1)
e1 = ()
e2 = tuple()
e3 = tuple([])
es, eb = "", b""
print(e1 is e2 is e3, es is str(""), eb is bytes())
print(frozenset() == frozenset())
big = 2 ** 64
big_again = 2 ** 64
print(big == big_again)
words = ["a" * 3, "aaa"]
print(words[0] == words[1])
print(1000 .__class__.__name__, (1000).bit_length())
