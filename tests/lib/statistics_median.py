import statistics as st

print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([4, 1, 3, 2]))
print(st.median([1.5, 2.5]), st.median(['b', 'a', 'c']))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low([5, 1, 3]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([7]), st.median_grouped([2.5, 3.5]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green']))
print(st.mode('aabbbcc'), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.multimode([3, 1, 2]))
for f in (st.median, st.median_low, st.median_high, st.median_grouped, st.mode):
    try:
        f([])
    except st.StatisticsError as e:
        print(f.__name__, type(e).__name__, e)
try:
    st.median_grouped(['a', 'b'])
except Exception as e:
    print(type(e).__name__, e)
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(st.quantiles(data), st.quantiles(data, method='inclusive'))
print(st.quantiles([1.5, 2.5, 7.0], n=5), st.quantiles([1, 2], n=1))
print(st.quantiles(data, n=3, method='inclusive'), st.quantiles([3, 1], n=6))
for kw in ({'n': 0}, {'method': 'bogus'}):
    try:
        st.quantiles(data, **kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    st.quantiles([1])
except Exception as e:
    print(type(e).__name__, e)
