import colorsys

vals = [0.0, 0.1, 0.2, 0.25, 1/3, 0.4, 0.5, 0.6, 2/3, 0.7, 0.75, 0.9, 0.99, 1.0]
out = []
for r in vals:
    for g in vals[::3]:
        for b in vals[::2]:
            out.append((r, g, b))
out += [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (0.2, 0.4, 0.4), (0.6, 0.2, 0.8)]

for rgb in out:
    print(rgb, colorsys.rgb_to_yiq(*rgb), colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*rgb)))
    h = colorsys.rgb_to_hls(*rgb)
    print(" hls", h, colorsys.hls_to_rgb(*h))
    v = colorsys.rgb_to_hsv(*rgb)
    print(" hsv", v, colorsys.hsv_to_rgb(*v))

for h in [-0.5, -0.1, 0.0, 0.05, 1/6, 0.3, 0.5, 0.6, 2/3, 0.8, 0.95, 1.0, 1.25, 7.3]:
    for s in [0.0, 0.3, 1.0]:
        for x in [0.2, 0.5, 0.8]:
            print(h, s, x, colorsys.hls_to_rgb(h, x, s), colorsys.hsv_to_rgb(h, s, x))

print(colorsys.yiq_to_rgb(0.5, 0.9, -0.9), colorsys.yiq_to_rgb(0.1, -0.5, 0.5))
print(colorsys.rgb_to_hsv(1, 1, 1), colorsys.rgb_to_hls(1, 1, 1), colorsys.hsv_to_rgb(0.5, 1, 1))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
print(sorted(colorsys.__all__))
