from urllib.parse import urlparse, urlsplit

for u in ['http://user:pass@Host.COM:8080/p',
          'http://user@host/p',
          'http://:pw@host/p',
          'http://user:@host:/p',
          'http://us%40er:p:w@h@host.org:21/p',
          'http://[2001:DB8::1]:443/',
          'http://[::FFFF:129.144.52.38]/',
          'http://[fe80::1%25EtH0]:1/',
          'http://HOST',
          '/no/netloc',
          'http://host:0/',
          'http://host:65535/',
          ]:
    r = urlsplit(u)
    print(u, '->', r.netloc, r.username, r.password, r.hostname, r.port)

for u in ['http://host:abc/', 'http://host:65536/', 'http://host:-1/',
          'http://host:1_0/', 'http://host: 80/', 'http://host:\u0661/']:
    try:
        print(urlparse(u).port)
    except ValueError as e:
        print('ValueError:', e)

for u in ['http://[::1/', 'http://::1]/', 'http://[zz]/', 'http://[1.2.3.4]/',
          'http://[v1.fe]/', 'http://[vz.x]/', 'http://[::1::2]/', 'http://[12345::]/',
          'http://[1:2:3:4:5:6:7:8]/', 'http://[1:2:3:4:5:6:7]/', 'http://[:1::]/',
          'http://[::ffff:1.2.3]/', 'http://[1::2:3:4:5:6:7:8]/']:
    try:
        r = urlsplit(u)
        print('ok', r.hostname)
    except ValueError as e:
        print('ValueError:', e)

try:
    urlsplit('http://ex\u2100ample.com/')
except ValueError as e:
    print('ValueError:', e)
print(urlsplit('http://\u00e9xample.com/').netloc)

for u in ['http://[::1]x/', 'http://u@[::1]:80/', 'http://[::1]@h/', 'http://[::1]@h:5/',
          'http://[::1]:x/', 'http://[a]@[::1]/', 'http://[::1]@1.2.3.4/', 'http://a][b/',
          'http://[]/', 'http://x]y[/', '//http~[]-&+']:
    try:
        print(urlsplit(u))
    except ValueError as e:
        print('ValueError:', e)
