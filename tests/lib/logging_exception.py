# logger.exception / exc_info / stack_info / extra / LoggerAdapter, with tracebacks
import io
import logging

D = __file__.rsplit('/', 1)[0]
buf = io.StringIO()
log = logging.getLogger("exc")
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(h)
log.propagate = False

def parse(text):
    return int(text)

try:
    parse("abc")
except ValueError:
    log.exception("could not parse %r", "abc")
try:
    {}["k"]
except KeyError as e:
    log.error("with instance", exc_info=e)
    log.warning("with tuple", exc_info=(type(e), e, e.__traceback__))
log.error("exc_info but no exception", exc_info=True)

def deep():
    log.info("not shown: below WARNING")
    log.warning("with stack", stack_info=True)

deep()
h.setFormatter(logging.Formatter("%(levelname)s:%(user)s:%(message)s"))
log.warning("extra fields", extra={"user": "bob"})
try:
    log.warning("clash", extra={"message": "x"})
except KeyError as e:
    print(type(e).__name__, e)
adapter = logging.LoggerAdapter(log, {"user": "eve"})
adapter.warning("through adapter %d", 7)
print(repr(adapter), adapter.isEnabledFor(logging.INFO))
print(buf.getvalue().replace(D, "<dir>"), end="")
