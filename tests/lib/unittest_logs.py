# assertLogs / assertNoLogs: captured records and output, failures
import logging
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
log = logging.getLogger("svc")
with t.assertLogs("svc", level="INFO") as cm:
    log.info("started %d", 1)
    logging.getLogger("svc.worker").warning("child message")
    log.debug("too low")
print(cm.output)
print([r.getMessage() for r in cm.records], [r.levelname for r in cm.records])
print(log.handlers, log.propagate, log.level)
with t.assertLogs() as cm:
    logging.error("root error")
print(cm.output)
try:
    with t.assertLogs("svc", level=logging.ERROR):
        log.warning("only a warning")
except AssertionError as e:
    print("AssertionError", e)
with t.assertNoLogs("svc", level="ERROR"):
    log.warning("fine")
try:
    with t.assertNoLogs("svc"):
        log.info("unexpected")
except AssertionError as e:
    print("AssertionError", e)
try:
    with t.assertLogs(log):
        raise KeyError("passes through")
except KeyError as e:
    print("KeyError", e)
