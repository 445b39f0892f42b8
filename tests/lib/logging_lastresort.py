# No handler configured: WARNING and above go to the current sys.stderr via lastResort
import logging
import sys

class Capture:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
    def flush(self):
        pass

cap = Capture()
sys.stderr = cap
log = logging.getLogger("nohandlers.module")
log.info("info is dropped")
log.warning("warning %s", "shown bare")
log.error("error shown")
print(type(logging.lastResort).__name__, logging.lastResort.level)
null = logging.getLogger("quiet")
null.addHandler(logging.NullHandler())
null.error("swallowed by NullHandler")
saved = logging.lastResort
logging.lastResort = None
logging.getLogger("other").error("no last resort")
logging.getLogger("other2").error("warned only once")
logging.lastResort = saved
sys.stderr = sys.__stderr__
print(repr(cap.text))
logging.getLogger("final").critical("the last stderr line")
