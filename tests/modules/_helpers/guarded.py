ran_as = __name__
def main():
    return "main() called"
if __name__ == "__main__":
    print("  [guarded run as a script]")
else:
    print("  [guarded imported as", __name__ + "]")
