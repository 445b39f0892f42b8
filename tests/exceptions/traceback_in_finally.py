def task():
    try:
        print("working")
        raise ValueError("primary")
    finally:
        print("finally runs, then fails")
        raise TypeError("secondary")

task()
