# Handler API: levels, filters, formatters, FileHandler, NullHandler, errors in emit
import logging
import sys

sys.stderr = sys.stdout
log = logging.getLogger("h")
log.propagate = False
log.setLevel(logging.DEBUG)
path = "/tmp/glass_test_logging_handlers.log"
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
fh.setLevel(logging.INFO)
log.addHandler(fh)
log.debug("below handler level")
log.info("first line")
log.error("second line")
fh.close()
log.removeHandler(fh)
with open(path) as f:
    print(f.read(), end="")
print(fh.baseFilename == path, repr(fh).startswith("<FileHandler"))

sh = logging.StreamHandler(sys.stdout)
sh.setFormatter(logging.Formatter("%(name)s>%(message)s"))
log.addHandler(sh)
class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0
sh.addFilter(OnlyEven())
for i in range(4):
    log.info("n=%d", i)
sh.filters.clear()
log.addFilter(lambda record: "secret" not in record.getMessage())
log.info("public")
log.info("a secret")
log.filters.clear()
log.addFilter(logging.Filter("h.sub"))
log.info("blocked: name h is not under h.sub")
log.filters.clear()
f = logging.Filter("a.b")
rec = lambda name: logging.LogRecord(name, 20, "p", 1, "m", (), None)
print(f.filter(rec("a.b")), f.filter(rec("a.b.c")), f.filter(rec("a.bc")), f.filter(rec("x")))
print(repr(sh), repr(logging.NullHandler()), sh.level)
sh.setLevel("WARNING")
log.info("dropped by handler level")
log.warning("kept")
try:
    logging.Handler().emit(rec("x"))
except NotImplementedError as e:
    print(type(e).__name__, e)
logging.raiseExceptions = False
log.warning("bad format %d", "not a number")
print("no error printed")
