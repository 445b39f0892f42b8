import csv
import io

samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age;city\nAnn;30;Oslo\nBob;25;Rome\n',
    'x\ty\tz\n1\t2\t3\n4\t5\t6\n',
    '"a","b","c"\n"1","2","3"\n',
    "'a';'b'\n'1';'2'\n",
    'a, b, c\n1, 2, 3\n4, 5, 6\n',
    'h1|h2|h3\n10|20|30\n11|21|31\n12|22|32\n',
    'name,quote\nAnn,"she said ""hi"""\nBob,"plain"\n',
    'a:b:c\n1:2:3\n',
    'one two three\n1 2 3\n4 5 6\n',
    'a,b;c\n1,2;3\n4,5;6\n',
    '"x y",z\n"1 2",3\n',
    'id,value\n1,"a, b"\n2,"c, d"\n',
    'title,year\nAlien,1979\nHeat,1995\nUp,2009\n',
    '1,2,3\n4,5,6\n7,8,9\n',
    'first,last\nann,lee\nbob,kim\n',
    'col1,col2\nabc,defg\nxyz,hijk\n',
    'a/b/c\n1/2/3\n',
    '"only"\n"quoted"\n',
    'n,x\n1,2.5\n2,3e4\n3,1+2j\n',
]


def show(d):
    return (d.__name__, d._name, repr(d.delimiter), repr(d.quotechar), d.doublequote,
            d.skipinitialspace, repr(d.lineterminator), d.quoting, d.escapechar,
            issubclass(d, csv.Dialect))


s = csv.Sniffer()
print(s.preferred)
for sample in samples:
    print(repr(sample))
    try:
        d = s.sniff(sample)
        print('  sniff:', show(d))
        print('  rows:', list(csv.reader(io.StringIO(sample), d)))
    except csv.Error as e:
        print('  Error:', e)
    try:
        print('  has_header:', s.has_header(sample))
    except csv.Error as e:
        print('  has_header Error:', e)

print('-- delimiters argument')
for sample, delims in [
    ('a,b;c\n1,2;3\n4,5;6\n', ';'),
    ('a,b;c\n1,2;3\n4,5;6\n', ','),
    ('a,b;c\n1,2;3\n4,5;6\n', ';,'),
    ('a b c\n1 2 3\n', ','),
    ('"a";"b"\n"1";"2"\n', ','),
    ('"a";"b"\n"1";"2"\n', ';'),
    ('a|b\n1|2\n', '|'),
    ('a,b,c\n1,2,3\n', 'xyz'),
]:
    try:
        d = s.sniff(sample, delimiters=delims)
        print(repr(sample), repr(delims), show(d))
    except csv.Error as e:
        print(repr(sample), repr(delims), 'Error:', e)

print('-- errors')
for bad in ['', 'abc', 'abc\ndef\n', 'a,b\n1\n2,3,4\n']:
    try:
        print(repr(bad), show(s.sniff(bad)))
    except csv.Error as e:
        print(repr(bad), 'Error:', e)

text = 'Year,Make,Model\n1997,Ford,E350\n2000,Mercury,Cougar\n'
d = csv.Sniffer().sniff(text)
print(list(csv.DictReader(io.StringIO(text), dialect=d)))
print(csv.Sniffer().has_header(text))

print('-- longer samples')
long1 = 'k;v\n' + ''.join('%d;%s\n' % (i, 'x' * (i % 4)) for i in range(25))
long2 = 'a,b:c\n' + ''.join('%d,%d:%d\n' % (i, i, i) if i % 7 else '%d:%d\n' % (i, i)
                             for i in range(30))
long3 = ''.join('w%d x%d,y%d\n' % (i, i, i) for i in range(15)) + 'odd line\n'
for sample in (long1, long2, long3):
    try:
        d = s.sniff(sample)
        print(show(d), s.has_header(sample))
    except csv.Error as e:
        print('Error:', e)
