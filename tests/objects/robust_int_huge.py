# Integer results too large to build end in MemoryError/OverflowError, never a crash.
for src in ["1 << (2**38)", "1 << (2**70)", "-1 << (2**38)", "1 << (2**39 + 5)"]:
    try:
        eval(src)
        print(src, "ok")
    except (MemoryError, OverflowError) as e:
        print(src, type(e).__name__, e)
print((1 << 1000) == 2 ** 1000, len(str(1 << 5000)))
