import os
os.environ['COLUMNS'] = '80'
from optparse import OptionParser

p = OptionParser(usage='%prog [options] arg', prog='exiter')
p.add_option('-n', type='int', help='a number')
opts, args = p.parse_args(['-n', '5', 'x'])
print(opts.n, args)
if len(args) != 2:
    p.error('incorrect number of arguments')
print('not reached')
