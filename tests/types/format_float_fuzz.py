# Float formatting compared across many values x format specs: repr, str, format()
# with every presentation type, precisions 0..17, '#', grouping, fill/align/sign/zero
# padding, %-formatting, and complex parts (which share the float formatter).
import random, struct

vals = [0.0, -0.0, 1.0, -3.0, 0.5, 2.5, 9.5, 99.5, 999999.5, 9999999.0, 0.1, 1/3,
        -123.456, 1e16, 9.999999e15, 1e-4, 1e-5, 1.5e-7, 5e-324, 1e23, 1234567.891,
        0.9999995, 9.9999995, 99999.95, 0.0005, 0.015, 100.0, 999.9999, 0.00009999,
        float('inf'), float('nan')]
types = ['e', 'f', 'g', 'G', 'n', '%', '']   # E and F: below
flagsets = ['', '#', ',', '_', '+', '#015', '*^14', 'z']
precs = [None, 0, 1, 2, 3, 6, 16, 17]

for v in vals:
    print(repr(v), str(v))
    for t in types:
        for fl in flagsets:
            if t == 'n' and (',' in fl or '_' in fl):
                continue
            row = []
            for p in precs:
                spec = fl + ('' if p is None else '.%d' % p) + t
                row.append(format(v, spec))
            print(' %-6s' % (fl + '.' + t), '|'.join(row))
    print(' EF', '|'.join(format(v, s) for s in ('E', '.0E', '#.0E', '+012.3E', 'F', '.3F')))
    print(' %EFG', '|'.join(f % v for f in ('%E', '%#.0E', '%+.3E', '%F', '%.0F', '%G', '%#.8G')))
    for t in 'efg':
        row = []
        for fl in ['', '#', '+', '0', '#0', '- ']:
            for w in ['', '12']:
                for p in ['', '.0', '.1', '.17']:
                    row.append(('%' + fl + w + p + t) % v)
        print(' %' + t, '|'.join(row))

r = random.Random(12345)
for i in range(80):
    k = r.randrange(4)
    if k == 0:
        v = r.uniform(-1e6, 1e6)
    elif k == 1:
        v = struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0]
    elif k == 2:
        v = round(r.uniform(0, 1000), r.randrange(4)) + 0.5 * r.randrange(2)
    else:
        v = r.randrange(1, 10) * 10.0 ** r.randrange(-20, 20) - 10.0 ** r.randrange(-25, 5) * r.randrange(2)
    out = [repr(v), str(v)]
    for spec in ('', 'e', '.3e', '#.0e', 'g', '#g', '.1g', '#.3g', '.12g', '#.17g', 'f', '.2f',
                 '#.0f', ',.3f', '_g', '%', '.1%', 'n', '.0', '#.0', '.1', '.5', '.16', '#', ',',
                 '_', '015,.2f', '+#.4', 'z.1f', '^+20.3e'):
        out.append(format(v, spec))
    for f in ('%e', '%.0e', '%#.0e', '%g', '%#g', '%#.3g', '%.15g', '%f', '%#.0f', '%r', '%s',
              '%.17g', '%+012.4G'):
        out.append(f % v)
    out.append(format(complex(v, -v), '') + format(complex(v, 1/3), '.3g')
               + format(complex(-v, v), '#.2e'))
    print(*out)

# the alternate form keeps the point and the trailing zeros
print(format(3.0, '#.0'), format(0.0, '#.1'), format(999999.5, '#g'), format(99.5, '#.2g'),
      format(999.5, '#.3G'), '%#g' % 999999.5, '%#.3g' % 999.5, '%#012.6g' % 999999.5,
      format(1e6, '#'), format(1.0, '#'), f'{2.0:#.0f}', '%#.0e' % 3.0, '%#.0f' % 3.0,
      format(complex(1, 2), '#.0'), format(999999.5, '#n'))
# precisions past a fixed buffer
print(len('%.500f' % 1.5), len('%.450e' % 1.5), len('%#.420g' % 1.5), len(format(1.5, '.1000f')),
      len(format(1e308, ',.300f')), format(2.5, '.30g'), format(0.1, '#.25'))
