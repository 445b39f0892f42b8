from_gen = sum(x / 2 for x in range(5))
print(from_gen, type(from_gen).__name__)
print(sum([1, 2]), type(sum([1, 2])).__name__, sum([1, 2.0]), type(sum([True, True])).__name__)
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([0.1, 0.2, 0.3]))
print(sum(range(10 ** 5)), sum([10 ** 30, -10 ** 30, 1]), sum([1e100, 1.0, -1e100]))
print(min("hello", "world"), max(["b", "a"], key=str.upper), min([[3], [1, 2]]), max((1, 2), (1, 3)))
print(min(range(5), key=lambda v: (v - 2) ** 2), max(range(5), key=lambda v: -v))
print(max([True, 2, 1.5]), min([False, -1, 0.5]), type(max([1, 1.0])).__name__, type(max([1.0, 1])).__name__)
print(min({"b": 1, "a": 2}), max({"b": 1, "a": 2}.values()), min(frozenset({3, 1})))
print(max("abc", default=None), min((), default="empty"), max([], key=len, default=0))
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"P{self.v}"
print(min([P(3), P(1), P(2)]), max([P(3), P(1), P(2)]), sorted([P(2), P(1)]))
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"G{self.v}"
print(max([G(1), G(5), G(3)]), min([G(1), G(5)]))
print(sum([P(1)] * 0), sum([], 10), sum([1], start=-1))
try:
    sum([P(1), P(2)])
except TypeError as e:
    print(type(e).__name__, e)
