print("  [broken starts]")
partial = "set before the error"
raise ValueError("broken module fails during import")
