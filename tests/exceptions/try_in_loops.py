results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError as e:
        results.append(type(e).__name__)
        break
    finally:
        results.append("|")
print(results)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("attempt", attempts, "failed:", e)

def first_int(items):
    for it in items:
        try:
            return int(it)
        except (TypeError, ValueError):
            pass
    return None
print(first_int(["a", None, "7", "8"]), first_int([]))

errors = {}
for expr in ["1/0", "[][1]", "{}['k']", "int('q')", "None + 1", "len(3)", "2 ** 2"]:
    try:
        eval(expr)
    except Exception as e:
        errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
    else:
        errors["ok"] = errors.get("ok", 0) + 1
print(errors)
count = 0
for i in range(1000):
    try:
        raise ValueError(i)
    except ValueError as e:
        count += e.args[0]
print(count)
