# statistics: the less common functions, NormalDist and the error messages
import statistics as st
from fractions import Fraction
F = Fraction

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r), type(r).__name__)

data = [2.5, 3.25, 5.5, 11.25, 11.75]
show("mode", st.mode, [1, 1, 2, 3, 3, 3, 3, 4])
show("mode str", st.mode, ["red", "blue", "blue", "red", "green", "red", "red"])
show("mode tie", st.mode, [1, 2, 2, 1])
show("mode empty", st.mode, [])
show("mode iter", st.mode, iter("aab"))
show("multimode", st.multimode, "aabbbbccddddeeffffgg")
show("multimode empty", st.multimode, "")
show("multimode one", st.multimode, [3])
show("variance", st.variance, [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])
show("variance int", st.variance, [1, 2, 3, 4])
show("variance frac", st.variance, [Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)])
show("variance xbar", st.variance, [1, 2, 3, 4], 2.5)
show("variance 1", st.variance, [1])
show("pvariance", st.pvariance, [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])
show("pvariance int", st.pvariance, [1, 2, 3, 4])
show("pvariance mu", st.pvariance, [1, 2, 3, 4], 2.5)
show("pvariance empty", st.pvariance, [])
show("stdev", st.stdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
show("stdev int", st.stdev, [1, 2, 3, 4, 5])
show("stdev frac", st.stdev, [Fraction(1, 2), Fraction(3, 2)])
show("pstdev", st.pstdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
show("pstdev int", st.pstdev, [2, 4, 4, 4, 5, 5, 7, 9])
show("stdev 1", st.stdev, [1.0])
show("quantiles", st.quantiles, [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)
show("quantiles 4", st.quantiles, [1, 2, 3, 4, 5, 6, 7, 8, 9])
show("quantiles incl", st.quantiles, [1, 2, 3, 4, 5, 6, 7, 8, 9], method="inclusive")
show("quantiles 2 pts", st.quantiles, [1, 10], n=5)
show("quantiles 1 pt", st.quantiles, [1])
show("quantiles n=0", st.quantiles, [1, 2], n=0)
show("quantiles method", st.quantiles, [1, 2], method="x")
show("quantiles floats", st.quantiles, [1.5, 2.5, 9.0, 4.0], n=3, method="inclusive")
show("fmean", st.fmean, [3.5, 4.0, 5.25])
show("fmean int", st.fmean, [1, 2])
show("fmean iter", st.fmean, iter([1, 2, 4]))
show("fmean empty", st.fmean, [])
show("fmean weights", st.fmean, [85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])
show("fmean bad weights", st.fmean, [1, 2], weights=[1])
show("geometric_mean", st.geometric_mean, [54, 24, 36])
show("geometric_mean neg", st.geometric_mean, [1, -2])
show("geometric_mean empty", st.geometric_mean, [])
show("harmonic_mean", st.harmonic_mean, [40, 60])
show("harmonic_mean w", st.harmonic_mean, [40, 60], weights=[5, 30])
show("harmonic_mean zero", st.harmonic_mean, [1, 0, 2])
show("harmonic_mean neg", st.harmonic_mean, [1, -1])
show("harmonic_mean frac", st.harmonic_mean, [Fraction(1, 2), Fraction(1, 3)])
show("harmonic_mean 1", st.harmonic_mean, [2.5])
show("median_low", st.median_low, [1, 3, 5, 7])
show("median_high", st.median_high, [1, 3, 5, 7])
show("median_low odd", st.median_low, [1, 3, 5])
show("median_high empty", st.median_high, [])
show("median_grouped", st.median_grouped, [52, 52, 53, 54])
show("median_grouped 2", st.median_grouped, [1, 3, 3, 5, 7], interval=2)
show("median_grouped 3", st.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
show("median_grouped 1", st.median_grouped, [7])
show("median_grouped empty", st.median_grouped, [])
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show("correlation", st.correlation, x, x)
show("correlation 2", st.correlation, x, y)
show("correlation const", st.correlation, x, [1] * 9)
show("correlation len", st.correlation, [1, 2], [1])
show("correlation short", st.correlation, [1], [1])
show("covariance", st.covariance, x, y)
show("covariance 2", st.covariance, [1, 2, 3], [3, 2, 1])
show("covariance short", st.covariance, [1], [2])
show("covariance len", st.covariance, [1, 2], [1, 2, 3])
show("linear_regression", st.linear_regression, [1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
show("linear_regression prop", st.linear_regression, [1, 2, 3], [2, 4, 7], proportional=True)
show("linear_regression const", st.linear_regression, [1, 1, 1], [1, 2, 3])
show("linear_regression short", st.linear_regression, [1], [2])
lr = st.linear_regression([1, 2, 3, 4], [2, 3, 5, 4])
print(lr.slope, lr.intercept, lr._fields, type(lr).__name__)
show("mean", st.mean, [Fraction(3, 7), Fraction(1, 21), Fraction(5, 3)])
show("mean bool", st.mean, [True, False, True])
show("median", st.median, [1, 3, 5, 7])
show("mean mixed", st.mean, [1, 2.5, Fraction(1, 2)])

N = st.NormalDist
n = N(100, 15)
print(n, repr(n), n.mean, n.median, n.mode, n.stdev, n.variance)
print(round(n.pdf(115), 10), round(n.cdf(130), 10), round(n.inv_cdf(0.975), 6))
print([round(q, 6) for q in n.quantiles()], [round(q, 4) for q in n.quantiles(10)])
print(round(n.overlap(N(110, 20)), 10), round(n.zscore(130), 10))
m = N.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(round(m.mean, 10), round(m.stdev, 10))
print(n + 5, n - 5, n * 2, n / 2, 5 + n, 5 - n, 2 * n, -n, +n)
print(N(1, 2) + N(3, 4), N(1, 2) - N(3, 4))
print(N(1, 2) == N(1, 2), N(1, 2) == N(1, 3), N() == 5, hash(N(1, 2)) == hash(N(1, 2)))
print(N(), N(0, 1).cdf(0), N(0, 0).mean)
for bad in (lambda: N(0, -1), lambda: N(0, 0).pdf(1), lambda: N(0, 0).cdf(1),
            lambda: N().inv_cdf(0), lambda: N().inv_cdf(1.5), lambda: N(0, 1).overlap(5),
            lambda: N(0, 0).overlap(N(1, 0)), lambda: N().zscore(1) if N(0, 0).zscore(1) else 0,
            lambda: N.from_samples([1]), lambda: N(0, 1) < N(0, 1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(st.StatisticsError.__mro__[1].__name__)
samples = N(0, 1).samples(3, seed=42)
print(len(samples), samples == N(0, 1).samples(3, seed=42))
print(round(N(10, 2).overlap(N(10, 2)), 10), N(5, 0) == N(5, 0))
print(sorted(k for k in st.__all__))

# median_grouped corner cases
for args in [([7],), ([7], 2), ([F(1,2)],), ([1, 2], F(1, 3)), (['a', 'b'],), ([1, 2], 'x'), ([1.5, 2.5, 2.5],), ([F(1,2), F(3,2), F(3,2)],), ([3, 3, 3], 0), ([1,2,3], None)]:
    try: r = st.median_grouped(*args); print(repr(r))
    except Exception as e: print(type(e).__name__, e)

# NormalDist numerics (inv_cdf over its three regions, cdf, pdf) and mixed types
N = st.NormalDist(3, 2)
ps = [i / 1000 for i in range(1, 1000)] + [1e-10, 1e-300, 1 - 1e-12, 0.0251, 0.4251, 0.575, 0.9749, 5e-324]
print([N.inv_cdf(p) for p in ps])
print([N.cdf(x / 7) for x in range(-50, 50)], [N.pdf(x / 7) for x in range(-50, 50)])
print(st.NormalDist(1, 2).overlap(st.NormalDist(2, 3)), st.NormalDist(1, 2).overlap(st.NormalDist(1, 2)))
print(st.mean([F(1,2), 1]), st.mean([F(1,2), 0.5]), st.variance([F(1,2), 1, 2]), st.pvariance([F(1,2), 1, 2]), st.pstdev([F(1,2), F(1)]))
print(st.median([F(1,2), F(1)]), st.harmonic_mean([F(1,2), 1], weights=[1, 2]), st.fmean([F(1,2), 1]), st.geometric_mean([F(1,2), 2]))
try: st.mean([F(1,2), 'a'])
except TypeError as e: print(e)
try: st.mean(['a', 'b'])
except TypeError as e: print(e)
print(st.mean([True, 1.5]), st.variance([1, 2.5, F(1, 2)]))
