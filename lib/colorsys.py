"""Conversions between RGB and the YIQ, HLS and HSV color systems.

Every coordinate is a float; RGB, HLS and HSV components lie in [0, 1], Y of YIQ too,
while I and Q may be negative. Glass's own implementation of CPython's colorsys: the
arithmetic is written in the order that gives CPython's floats bit for bit.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clamp01(x):
    if x < 0.0:
        return 0.0
    if x > 1.0:
        return 1.0
    return x


# YIQ (NTSC) ------------------------------------------------------------------

def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    ry = r - y
    by = b - y
    return (y, 0.74 * ry - 0.27 * by, 0.48 * ry + 0.41 * by)


def yiq_to_rgb(y, i, q):
    # the inverse of rgb_to_yiq's matrix, precomputed
    r = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    g = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    b = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clamp01(r), _clamp01(g), _clamp01(b))


# shared by HLS and HSV: the hue of a non-grey color, in [0, 1)

def _hue(r, g, b, maxc, rangec):
    rc = (maxc - r) / rangec
    gc = (maxc - g) / rangec
    bc = (maxc - b) / rangec
    if r == maxc:
        h = bc - gc
    elif g == maxc:
        h = 2.0 + rc - bc
    else:
        h = 4.0 + gc - rc
    return (h / 6.0) % 1.0


# HLS: hue, luminance, saturation ------------------------------------------------

def rgb_to_hls(r, g, b):
    maxc = max(r, g, b)
    minc = min(r, g, b)
    sumc = maxc + minc
    rangec = maxc - minc
    l = sumc / 2.0
    if minc == maxc:
        return (0.0, l, 0.0)
    if l <= 0.5:
        s = rangec / sumc
    else:
        s = rangec / (2.0 - sumc)
    return (_hue(r, g, b, maxc, rangec), l, s)


def _hls_channel(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2 - m1) * hue * 6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0
    return m1


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return (l, l, l)
    if l <= 0.5:
        m2 = l * (1.0 + s)
    else:
        m2 = l + s - (l * s)
    m1 = 2.0 * l - m2
    return (_hls_channel(m1, m2, h + ONE_THIRD),
            _hls_channel(m1, m2, h),
            _hls_channel(m1, m2, h - ONE_THIRD))


# HSV: hue, saturation, value ------------------------------------------------------

def rgb_to_hsv(r, g, b):
    maxc = max(r, g, b)
    minc = min(r, g, b)
    rangec = maxc - minc
    if minc == maxc:
        return (0.0, 0.0, maxc)
    return (_hue(r, g, b, maxc, rangec), rangec / maxc, maxc)


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return (v, v, v)
    sector = int(h * 6.0)
    f = (h * 6.0) - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * f)
    t = v * (1.0 - s * (1.0 - f))
    sector = sector % 6
    if sector == 0:
        return (v, t, p)
    if sector == 1:
        return (q, v, p)
    if sector == 2:
        return (p, v, t)
    if sector == 3:
        return (p, q, v)
    if sector == 4:
        return (t, p, v)
    return (v, p, q)
