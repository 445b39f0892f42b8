# json.dumps / json.loads round trips of a medium document (about 300 KB):
# nested objects, arrays, strings with escapes, ints, floats, bools, null.
import json


def make_document(n):
    users = []
    for i in range(n):
        users.append({
            "id": i,
            "name": "user %d \"quoted\" caf\u00e9" % i,
            "active": i % 3 != 0,
            "score": i * 0.25 - 17.5,
            "manager": None if i % 7 else i // 7,
            "tags": ["t%d" % (i % 11), "group/%d" % (i % 5), "line\nbreak"],
            "address": {"street": "%d Main St" % i, "zip": "%05d" % (i * 37 % 100000),
                        "geo": [i / 8, -i / 16]},
            "history": [{"day": d, "count": (i * d) % 13} for d in range(4)],
        })
    return {"version": 3, "generated": "fixed", "users": users}


doc = make_document(1000)
length = 0
checks = 0
for round_ in range(12):
    compact = json.dumps(doc)
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    back = json.loads(compact)
    again = json.loads(pretty)
    length += len(compact) + len(pretty)
    checks += (back == doc) + (again == doc)
    checks += sum(u["history"][3]["count"] for u in back["users"])
print(length, checks, json.dumps(back["users"][123], sort_keys=True)[:80])
