# logging.handlers: RotatingFileHandler, MemoryHandler, BufferingHandler, QueueHandler
import logging
import logging.handlers
import os

base = "/tmp/glass_test_logging_rotating.log"
for suffix in ("", ".1", ".2", ".3"):
    if os.path.exists(base + suffix):
        os.remove(base + suffix)
log = logging.getLogger("rot")
log.propagate = False
rh = logging.handlers.RotatingFileHandler(base, maxBytes=30, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(7):
    log.warning("message number %d", i)
rh.close()
log.removeHandler(rh)
for suffix in ("", ".1", ".2", ".3"):
    if os.path.exists(base + suffix):
        with open(base + suffix) as f:
            print(repr(suffix), f.read().split("\n"))
    else:
        print(repr(suffix), "absent")

class Target(logging.Handler):
    def emit(self, record):
        print("target got", record.getMessage())

mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=Target())
log.addHandler(mh)
log.warning("one")
log.warning("two")
print("buffered", len(mh.buffer))
log.warning("three")
log.warning("four")
log.error("an error flushes")
log.warning("left at close")
mh.close()
log.removeHandler(mh)

class ListQueue(list):
    def put_nowait(self, item):
        self.append(item)

q = ListQueue()
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)
log.warning("queued %s", "arg")
print(len(q), q[0].msg, q[0].args, q[0].getMessage())
bh = logging.handlers.BufferingHandler(2)
log.addHandler(bh)
log.warning("b1")
print(len(bh.buffer))
log.warning("b2")
print(len(bh.buffer))
