import statistics as st

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4]), st.variance([1, 2, 3]), type(st.variance([1, 2, 3])).__name__)
print(st.pvariance([1, 2, 3, 4]), st.pvariance([0, 0, 4, 4]), st.pvariance([5]))
print(st.stdev([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]), st.stdev([1, 2, 3]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([0.1] * 5))
print(st.variance(data, xbar=st.mean(data)), st.pvariance(data, mu=1.5))
print(st.stdev([1e10 + 1, 1e10 + 2, 1e10 + 3]), st.variance([10**20, 10**20 + 2]))
print(st.variance(iter([3, 5, 9])), st.pstdev(range(10)))
print(st.variance([1, 2, float('inf')]))
for f, d in [(st.variance, [1]), (st.stdev, []), (st.pvariance, []), (st.pstdev, [])]:
    try:
        f(d)
    except st.StatisticsError as e:
        print(f.__name__, e)
print(st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]), st.stdev([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]))
print(st.pvariance([True, False, True]), st.variance([1, 2.5, 4]))
