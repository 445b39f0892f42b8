# A coroutine destroyed before it ever ran warns "coroutine ... was never awaited".
import warnings

async def job():
    return 1

def make():
    job()              # dropped at once: RuntimeWarning on stderr

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    make()
    c = job()
    del c
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
job()
print("end")
