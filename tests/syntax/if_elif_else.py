def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 42):
    print(n, classify(n))

for v in (0, 1, "", "x", [], [0], None, 0.0, {}, {0: 0}):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
if x > 3: print("one-line if")
if x > 10:
    pass
else:
    print("else branch")

if not x:
    print("never")
elif x and x > 4:
    print("and chain")

# nested
for a in (True, False):
    for b in (True, False):
        if a:
            if b:
                print(a, b, "both")
            else:
                print(a, b, "a only")
        elif b:
            print(a, b, "b only")
        else:
            print(a, b, "neither")
