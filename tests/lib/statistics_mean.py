import statistics as st

print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), type(st.mean([1, 2, 3])).__name__)
print(st.mean([0.1, 0.2, 0.3]), st.mean([1, 2.5]), st.mean([True, False, True]))
print(st.mean(x / 10 for x in range(1, 8)), st.mean([1e308, 1e308, -1e308]))
print(st.mean([10**30, 1]), st.mean([2, float('inf')]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2, 3])))
print(st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(round(st.geometric_mean([54, 24, 36]), 9))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([5]))
print(st.harmonic_mean([1, 0, 3]))
for f, args in [(st.mean, ([],)), (st.fmean, ([],)), (st.geometric_mean, ([],)),
                (st.geometric_mean, ([1, -2],)), (st.harmonic_mean, ([],)),
                (st.harmonic_mean, ([1, -2],)), (st.fmean, ([1, 2], [1])),
                (st.fmean, ([1, 2], [1, -1])), (st.harmonic_mean, ([1, 2], [1]))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
