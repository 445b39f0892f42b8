# Formatter fields, styles, LogRecord.getMessage, datefmt, exc_text
import logging
import time

r = logging.LogRecord("svc.api", logging.WARNING, "/srv/app/handlers.py", 42,
                      "user %s did %d things", ("ann", 3), None, func="handle")
print(r.getMessage(), r.levelname, r.levelno, r.filename, r.module, r.funcName)
print(repr(r))
fields = ("%(name)s|%(levelname)s|%(levelno)d|%(pathname)s|%(filename)s|%(module)s|"
          "%(lineno)d|%(funcName)s|%(message)s")
print(logging.Formatter(fields).format(r))
print(logging.Formatter("%(levelname)-8s[%(lineno)5d] %(message)r").format(r))
print(logging.Formatter("{levelname}:{name}:{message}", style="{").format(r))
print(logging.Formatter("{levelno:03d} {message:>30}", style="{").format(r))
print(logging.Formatter("$levelname/${name}: $message $$", style="$").format(r))
print(logging.Formatter().format(r), logging.Formatter(None).usesTime())
print(logging.Formatter("%(asctime)s").usesTime(), logging.Formatter("{asctime}", style="{").usesTime())
r2 = logging.LogRecord("n", 10, "p.py", 1, "%(a)s and %(b)s", ({"a": 1, "b": 2},), None)
print(r2.getMessage(), r2.args)
r3 = logging.LogRecord("n", 10, "p.py", 1, ["not", "a", "string"], (), None)
print(r3.getMessage())
r.created = time.mktime((2024, 3, 5, 14, 7, 9, 0, 0, -1)) + 0.25
r.msecs = 250.0
print(logging.Formatter("%(asctime)s", datefmt="%Y/%m/%d %H:%M").format(r))
print(logging.Formatter("%(asctime)s %(msecs)d").format(r))
for bad in [lambda: logging.Formatter("x", style="#"), lambda: logging.Formatter("no fields")]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print(logging.Formatter("%(custom)s", defaults={"custom": "dflt"}).format(r))
try:
    logging.Formatter("%(nosuch)s").format(r)
except ValueError as e:
    print(type(e).__name__, e)
print(logging.getLevelName(logging.WARN), logging.getLevelName("CRITICAL"), logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
m = logging.makeLogRecord({"msg": "made %s", "args": ("up",), "levelno": 5})
print(m.getMessage(), m.levelno, m.name)
