def f():
    return 1
      print("unexpected indent")
