# print_exc / print_exception / print_stack default to sys.stderr (compared in full)
import traceback

def compute(values):
    return values["total"] / values["count"]

try:
    compute({"total": 10, "count": 0})
except ZeroDivisionError:
    traceback.print_exc()

try:
    compute({"total": 1})
except KeyError as e:
    traceback.print_exception(e)

def where():
    traceback.print_stack()

where()
print("stdout still works")
