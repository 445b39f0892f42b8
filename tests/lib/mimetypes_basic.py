import io
import mimetypes
import os
import tempfile

names = ["a.py", "A.PY", "x.json", "page.html", "page.HTM", "img.jpg", "img.JPG", "p.png",
         "doc.pdf", "a.tar.gz", "a.tgz", "a.TGZ", "a.svgz", "f.txt.bz2", "f.txt.Z", "f.txt.z",
         "f.xz", "noext", ".bashrc", "a.mjs", "a.css", "a.csv", "a.svg", "a.webp", "a.rtf",
         "a.mid", "a.xul", "a.mp3", "a.mp4", "a.wasm", "a.zip", "a.unknownext",
         "http://example.com/x/y.gif", "http://example.com/x/y.gif?q=1", "file:///tmp/x.xml",
         "data:text/html;base64,PGgxPg==", "data:,hello", "data:foo=bar,x", "data:noComma",
         "dir.d/file", "my.scheme:file", "x.gif:y", "a.c", "a.h", "a.js", "a.wav", "a.ico", "a.eml", "a.tar"]
for n in names:
    print(n, mimetypes.guess_type(n), mimetypes.guess_type(n, strict=False))
import pathlib
print(mimetypes.guess_type(pathlib.PurePosixPath("x/y.txt")))
for t in ["text/plain", "TEXT/HTML", "image/jpeg", "application/json", "audio/mpeg",
          "application/javascript", "image/jpg", "application/x-nothing", "video/mp4",
          "application/octet-stream", "text/x-python", "application/pdf", "image/svg+xml"]:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_extension(t, strict=False),
          mimetypes.guess_all_extensions(t), mimetypes.guess_all_extensions(t, strict=False))
mimetypes.add_type("application/x-glass", ".glass")
mimetypes.add_type("application/x-glass", ".gls", strict=False)
print(mimetypes.guess_type("f.glass"), mimetypes.guess_type("f.gls"), mimetypes.guess_type("f.gls", False))
print(mimetypes.guess_all_extensions("application/x-glass", False), mimetypes.inited)
print(mimetypes.types_map[".glass"], mimetypes.common_types[".gls"], mimetypes.suffix_map[".tgz"],
      mimetypes.encodings_map[".br"])

db = mimetypes.MimeTypes()
print(db.guess_type("x.glass"), db.guess_type("q.jpg"), db.guess_extension("text/plain"))
db.readfp(io.StringIO("# comment\ntext/x-mine mine mn # trailing\n\napplication/x-more more\n"))
print(db.guess_type("f.mine"), db.guess_type("f.MN"), db.guess_all_extensions("text/x-mine"),
      db.types_map_inv[True]["application/x-more"])
db.readfp(io.StringIO("text/x-lenient len\n"), strict=False)
print(db.guess_type("a.len"), db.guess_type("a.len", strict=False))

fd, path = tempfile.mkstemp(prefix="glass_mime_", suffix=".types")
os.close(fd)
try:
    with open(path, "w") as f:
        f.write("application/x-fromfile ff1 ff2\ntext/plain txtx\n")
    m = mimetypes.read_mime_types(path)
    print(m[".ff1"], m[".ff2"], m[".txtx"], len(m) > 100)
    db2 = mimetypes.MimeTypes([path])
    print(db2.guess_type("a.ff2"), db2.guess_all_extensions("text/plain")[-1])
    mimetypes.init([path])
    print(mimetypes.guess_type("z.ff1"), mimetypes.guess_type("f.glass"))
    mimetypes.init()
    print(mimetypes.guess_type("z.ff1"), mimetypes.guess_type("f.glass"))
finally:
    os.unlink(path)
print(mimetypes.read_mime_types("/nonexistent/glass/mime.types"))
print(sorted(mimetypes.__all__))
