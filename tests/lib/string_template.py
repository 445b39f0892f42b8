# string.Template: $name, ${name}, $$, errors, safe_substitute, subclass delimiter.
from string import Template

t = Template("$who likes ${what}, costs $$5 $")
print(t.safe_substitute(who="tim"))
try:
    t.substitute(who="tim", what="x")
except ValueError as e:
    print(type(e).__name__, e)
print(Template("$who likes ${what}").substitute({'who': 1}, what=2))
print(Template("$who likes ${what}").substitute({'who': 1, 'what': 3}, what=2))
try:
    Template("a\nbc $1").substitute()
except ValueError as e:
    print(type(e).__name__, e)
try:
    Template("hi $x").substitute()
except KeyError as e:
    print(type(e).__name__, e)
try:
    Template("hi ${x").substitute(x=1)
except ValueError as e:
    print(type(e).__name__, e)
print(Template("${x y} $x_1y.z").safe_substitute(x_1y=5))
print(Template("$a $b ${c} $a $").get_identifiers())
print(Template("$").is_valid(), Template("$a$$").is_valid())
print(Template("$$$a$$").substitute(a='A'))

class D(Template):
    delimiter = '%'

print(D("%x %% $y").substitute(x=1))
print(Template("$x").template, Template.delimiter)
print(Template("$n items").substitute(n=[1, 2]))
