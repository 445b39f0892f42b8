from html.parser import HTMLParser


class Collect(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.out = []
    def handle_starttag(self, tag, attrs):
        self.out.append(('start', tag, attrs))
    def handle_endtag(self, tag):
        self.out.append(('end', tag))
    def handle_data(self, data):
        self.out.append(('data', data))
    def handle_comment(self, data):
        self.out.append(('comment', data))
    def handle_decl(self, decl):
        self.out.append(('decl', decl))
    def handle_pi(self, data):
        self.out.append(('pi', data))
    def unknown_decl(self, data):
        self.out.append(('unknown', data))
    def handle_entityref(self, name):
        self.out.append(('entityref', name))
    def handle_charref(self, name):
        self.out.append(('charref', name))


cases = [
    '<a b="1" c=\'2\' d=3 e>text</a>',
    '<A HREF="X">Upper</A>',
    '<div\n  class="x"\n  id="y">multi\nline</div>',
    '< notatag >',
    '<>',
    '</>',
    '</ x>',
    '<!bogus comment>',
    '<!-- unterminated',
    '<!-- a -- b -->',
    '<!--->',
    '<p',
    '<p class="x',
    'a < b > c',
    '<script>document.write("<b>bold</b>")</script>after',
    '<script>unterminated',
    '<style>a{}</style >',
    '<title>&lt;x&gt;</title>',
    '<p a=b/>',
    '<p a="b"/>',
    '<br/ >',
    '<p/ a=1>',
    '<![if !IE]>x<![endif]>',
    '<!doctype html>',
    '<!DOCTYPE',
    '<?php echo 1; ?>',
    '</p foo="bar">',
    '<a b==c>',
    '<a "b">',
    '&#0; &#xD800; &#1114112; &#x80;',
    'trailing &amp',
    'trailing &',
    'x&y',
    '<a title="&lt;&amp;&#65;&#x42;">',
    '<a title=&copy>',
    '<p>text</p><!---->',
]
for c in cases:
    for conv in (True, False):
        p = Collect(convert_charrefs=conv)
        try:
            p.feed(c)
            p.close()
        except Exception as e:
            p.out.append((type(e).__name__, str(e)))
        print(repr(c), conv, p.out)

# get_starttag_text, lasttag, getpos, reset
p = Collect()
p.feed('<a   href = "x" >\n<b>')
print(p.get_starttag_text(), p.lasttag, p.getpos())
p.reset()
print(p.getpos(), p.rawdata, p.get_starttag_text())
p.feed('line1\nline2\n<p>')
print(p.getpos())
# incomplete input stays buffered until close()
p = Collect()
p.feed('<p>abc &am')
print(p.out, repr(p.rawdata))
p.feed('p; def')
print(p.out, repr(p.rawdata))
p.close()
print(p.out, repr(p.rawdata))
p = Collect()
p.feed('<div class="a')
print(p.out, repr(p.rawdata))
p.feed('b">x')
p.close()
print(p.out)

# the default handlers do nothing
base = HTMLParser()
base.feed('<p class="x">hi &amp; <!-- c --> <br/></p>')
base.close()
print('ok', base.convert_charrefs, HTMLParser.CDATA_CONTENT_ELEMENTS)
