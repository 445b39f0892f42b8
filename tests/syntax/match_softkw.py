# match / case are soft keywords: still usable as ordinary names
match = 1
print(match)
case = 3
print(case)
match, case = 4, 5
print(match, case)


def match(*args):
    return ("called", args)


print(match(1))
print(match(1, 2))
match = {1: "x"}
print(match[1])
match = [10, 20]
print(match[0])


class Obj:
    match = "attr"
    case = "attr2"


print(Obj.match, Obj.case)
match = 7
match -1
print(match - 1)
match * 2
print(match * 2, match + 1)
match += 1
print(match)
match: int = 3
print(match)
import re
print(re.match("a", "abc").group())
x = [match for match in range(3)]
print(x)


def case(match):
    return match * 2


print(case(21))

# `match` as the subject name, and `case` as a captured name
match = [1, 2]
match match:
    case [case, *_]:
        print("case", case)

# a match statement with `match` and `case` in the subject and guards
case = 3
match case:
    case 3 if case == 3:
        print("guard uses case")
print(eval("match"), [match][0])
exec("match = 99\nprint(match)")
exec("match 1:\n    case 1: print('exec match')")
