class ScraperJob:
    retries = 0
    tags = []
    def __init__(self, name):
        self.name = name

a = ScraperJob("a")
b = ScraperJob("b")
a.retries += 1
b.retries += 1
b.retries += 1
print(a.retries, b.retries, ScraperJob.retries)
print(a.__dict__, b.__dict__)
a.tags.append("shared!")
print(b.tags, ScraperJob.tags, a.tags is b.tags)
a.tags = ["own"]
print(a.tags, b.tags)
ScraperJob.retries = 10
c = ScraperJob("c")
print(a.retries, c.retries)
del a.retries
print(a.retries)
class Config:
    defaults = {"timeout": 5}
    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)
x = Config(timeout=1)
y = Config()
print(x.settings, y.settings, Config.defaults)
class Const:
    PI = 3.14
    def area(self, r):
        return self.PI * r * r
k = Const()
k.PI = 3
print(k.area(1), Const().area(1), Const.PI)
print(getattr(ScraperJob, "retries"), ScraperJob.__dict__["retries"])
setattr(ScraperJob, "new_attr", "added later")
print(a.new_attr, c.new_attr)
class Outer:
    x = 1
    y = x + 1
    z = [i * 2 for i in range(y)]
    w = [type(x).__name__ for i in range(1)]
print(Outer.y, Outer.z, Outer.w, "(class scope is skipped: x is the global)")
