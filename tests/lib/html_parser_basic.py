from html.parser import HTMLParser


class Logger(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []
    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos()))
    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))
    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs, self.get_starttag_text()))
    def handle_data(self, data):
        self.events.append(('data', data))
    def handle_comment(self, data):
        self.events.append(('comment', data))
    def handle_entityref(self, name):
        self.events.append(('entityref', name))
    def handle_charref(self, name):
        self.events.append(('charref', name))
    def handle_decl(self, decl):
        self.events.append(('decl', decl))
    def handle_pi(self, data):
        self.events.append(('pi', data))
    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


def run(doc, chunks=None, **kw):
    p = Logger(**kw)
    if chunks:
        for i in range(0, len(doc), chunks):
            p.feed(doc[i:i + chunks])
    else:
        p.feed(doc)
    p.close()
    print(repr(doc[:50]), kw, chunks or '')
    for e in p.events:
        print('   ', e)


doc = """<!DOCTYPE html>
<html lang="en">
<head><title>Test &amp; title</title>
<meta charset=utf-8 />
<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script>
<style>p { color: red }</STYLE>
</head>
<!-- a comment -->
<body class='main  page' id=x data-v="a&quot;b" disabled>
<p>Hello&nbsp;world &copy; 2024 &#65;&#x42; &unknown; & done</p>
<br/><img src="a.png" alt="" /><input value=>
<?xml version="1.0"?>
<![CDATA[raw <data>]]>
<a href="http://x/?a=1&b=2">link</a >
</body></html>
"""
run(doc)
run(doc, convert_charrefs=False)
run('<p>a &amp b &#60 c &#x3e; d &amp;e &#bad; f &</p>', convert_charrefs=False)
run('<p>a &amp b &#60 c &#x3e; d &amp;e &#bad; f &</p>')
run(doc, chunks=7)
run(doc, chunks=3, convert_charrefs=False)
