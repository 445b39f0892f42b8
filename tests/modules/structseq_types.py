# Struct sequences (sys.version_info, os.stat_result, time.struct_time): construction,
# messages, field counts, __reduce__, copy.
import time, os, sys
try: time.struct_time((1,2))
except TypeError as e: print(e)
try: time.struct_time(list(range(12)))
except TypeError as e: print(e)
try: time.struct_time(5)
except TypeError as e: print(e)
try: time.struct_time(list(range(9)), 5)
except TypeError as e: print(e)
print(time.struct_time(list(range(9)), {'tm_zone':'X'}).tm_zone)
try: os.stat_result((1,)*9)
except TypeError as e: print(e)
try: type(sys.flags)()
except TypeError as e: print(e)
print(sys.version_info.n_fields, sys.version_info.n_sequence_fields, sys.version_info.n_unnamed_fields)
print(time.gmtime(0).__reduce__())
print(os.stat_result((1,)*10).__reduce__())
print(os.stat_result((1,)*10))
print(os.stat_result.n_fields, os.stat_result.n_unnamed_fields, time.struct_time.n_fields)
try: time.struct_time()
except TypeError as e: print(e)
print(time.struct_time(sequence=list(range(9))))
print(sys.version_info[:2] == (3, 11), sys.float_info.max, sys.flags.optimize)
try:
    class MyT(time.struct_time): pass
except TypeError as e:
    print(e)
import copy; print(copy.copy(time.gmtime(0)) == time.gmtime(0))
