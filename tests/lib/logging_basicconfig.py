# basicConfig: format, level, stream, force, handlers; module-level functions
import io
import logging
import sys

sys.stderr = sys.stdout
buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.DEBUG,
                    format="%(levelname)s %(name)s %(funcName)s: %(message)s")
def work():
    logging.debug("debug %d", 1)
    logging.info("info")
    logging.warning("warning")
    logging.error("error")
    logging.critical("critical")
    logging.log(25, "custom level")
work()
print(buf.getvalue(), end="")
logging.basicConfig(format="ignored: %(message)s")    # root already has a handler
logging.info("still the first format")
print(buf.getvalue().splitlines()[-1])
logging.basicConfig(stream=sys.stdout, format="forced|%(message)s", force=True)
logging.info("forced config keeps level DEBUG")
logging.getLogger("child").debug("child uses root handler")
print(len(logging.root.handlers), logging.root.level)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[own] %(message)s"))
logging.basicConfig(handlers=[h], force=True, level="WARNING")
logging.warning("through own handler")
logging.info("below the level")
for kwargs in [dict(stream=sys.stdout, filename="x.log"), dict(handlers=[h], stream=sys.stdout),
               dict(style="?"), dict(force=True, bogus=1)]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
logging.disable(logging.ERROR)
logging.error("disabled")
logging.critical("above disable")
logging.disable(logging.NOTSET)
logging.error("enabled again")
