# Random subclasses overriding random() draw integers from it (_randbelow choice).
import random as r
class MyR(r.Random):
    def random(self): return 0.5
print(MyR().choice([1, 2, 3]), MyR().randint(1, 10), MyR().randrange(100), MyR().sample(range(10), 3))
class Both(MyR):
    def getrandbits(self, k): return 1
print(Both().choice([1, 2, 3]), Both().randrange(7))
class Own(r.Random):
    def _randbelow(self, n): return n - 1
print(Own().choice("abc"))
r.seed(5); print(r.choice(range(100)), r.randrange(10**20))
try: MyR()._randbelow(0)
except ZeroDivisionError as e: print("ZeroDivisionError", e)
