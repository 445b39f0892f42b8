"""mimetypes - guess the MIME type of a file from its name or URL, and the
extensions of a MIME type.

A built-in table of well-known types (the same as CPython 3.11's) is extended by the
first of knownfiles found (such as /etc/mime.types) when init() runs, which the
module functions do on first use. MimeTypes objects hold their own tables. Glass's
own implementation; Windows registry reading does nothing (there is none).
"""

import os
import posixpath
import re
import sys

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions",
           "guess_extension", "add_type", "init", "read_mime_types", "suffix_map",
           "encodings_map", "types_map", "common_types"]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",                    # Mac OS X
    "/etc/httpd/conf/mime.types",               # Apache
    "/etc/apache/mime.types",                   # Apache 1
    "/etc/apache2/mime.types",                  # Apache 2
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",     # Apache 1.2
    "/usr/local/etc/mime.types",                # Apache 1.3
]

inited = False
_db = None
_scheme_re = re.compile("([^/:]+):(.*)", re.DOTALL)    # 'scheme:rest' of a URL


class MimeTypes:
    """Tables of MIME types: types_map and types_map_inv are pairs (non-strict,
    strict) of extension -> type and type -> [extensions]; encodings_map maps a
    compression suffix to its encoding, suffix_map a short suffix to a longer one
    ('.tgz' -> '.tar.gz'). filenames are read (mime.types syntax) after the
    built-in table."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in _types_map_default.items():
            self.add_type(type, ext, True)
        for ext, type in _common_types_default.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension ext (with its dot) to type; strict=False for types that
        are common but not registered."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a file name, path or URL; either may be None.
        data: URLs give their declared type."""
        url = os.fspath(url)
        m = _scheme_re.match(url)
        scheme = None
        if m is not None:
            scheme, url = m.group(1).lower(), m.group(2)
        if scheme == "data":
            # data:[<mediatype>][;base64],<data>
            comma = url.find(",")
            if comma < 0:
                return None, None
            semi = url.find(";", 0, comma)
            type = url[:semi] if semi >= 0 else url[:comma]
            if "=" in type or "/" not in type:
                type = "text/plain"
            return type, None
        base, ext = posixpath.splitext(url)
        while (low := ext.lower()) in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[low])
        if ext in self.encodings_map:           # (case sensitive)
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is not None or strict:
            return found, encoding
        return self.types_map[False].get(ext), encoding

    def guess_all_extensions(self, type, strict=True):
        """The known extensions of type (with their dots), the first the usual one."""
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        """The usual extension of type, or None."""
        extensions = self.guess_all_extensions(type, strict)
        return extensions[0] if extensions else None

    def read(self, filename, strict=True):
        """Add the types of a mime.types file."""
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types of an open mime.types file: 'type ext ext ...' lines,
        '#' starting a comment."""
        while True:
            line = fp.readline()
            if not line:
                break
            words = line.split()
            for i, word in enumerate(words):
                if word[0] == "#":
                    del words[i:]
                    break
            if not words:
                continue
            type, suffixes = words[0], words[1:]
            for suffix in suffixes:
                self.add_type(type, "." + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Add the types of the Windows registry (nothing elsewhere)."""
        return


def guess_type(url, strict=True):
    """(type, encoding) of a file name, path or URL (see MimeTypes.guess_type)."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """The known extensions of a MIME type."""
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The usual extension of a MIME type, or None."""
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map extension ext to type in the module's tables."""
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Build the module's tables: the built-in table, then knownfiles and files
    (those that exist). With files and tables already built, only reads files."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True       # MimeTypes() must not call init() again
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for file in files:
        if os.path.isfile(file):
            db.read(file)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The extension -> type map of a mime.types file (None if it cannot be opened)."""
    try:
        f = open(file, encoding="utf-8")
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


# The built-in table: one line per MIME type and its extensions (without dots), in
# the order CPython's table lists them (the first extension is the preferred one).
_STRICT_TABLE = """
application/javascript js mjs
application/json json
application/manifest+json webmanifest
application/msword doc dot wiz
application/n-quads nq
application/n-triples nt
application/octet-stream bin a dll exe o obj so
application/oda oda
application/pdf pdf
application/pkcs7-mime p7c
application/postscript ps ai eps
application/trig trig
application/vnd.apple.mpegurl m3u m3u8
application/vnd.ms-excel xls xlb
application/vnd.ms-powerpoint ppt pot ppa pps pwz
application/wasm wasm
application/x-bcpio bcpio
application/x-cpio cpio
application/x-csh csh
application/x-dvi dvi
application/x-gtar gtar
application/x-hdf hdf
application/x-hdf5 h5
application/x-latex latex
application/x-mif mif
application/x-netcdf cdf nc
application/x-pkcs12 p12 pfx
application/x-pn-realaudio ram
application/x-python-code pyc pyo
application/x-sh sh
application/x-shar shar
application/x-shockwave-flash swf
application/x-sv4cpio sv4cpio
application/x-sv4crc sv4crc
application/x-tar tar
application/x-tcl tcl
application/x-tex tex
application/x-texinfo texi texinfo
application/x-troff roff t tr
application/x-troff-man man
application/x-troff-me me
application/x-troff-ms ms
application/x-ustar ustar
application/x-wais-source src
application/xml xsl rdf wsdl xpdl
application/zip zip
audio/3gpp 3gp 3gpp
audio/3gpp2 3g2 3gpp2
audio/aac aac adts loas ass
audio/basic au snd
audio/mpeg mp3 mp2
audio/opus opus
audio/x-aiff aif aifc aiff
audio/x-pn-realaudio ra
audio/x-wav wav
image/avif avif
image/bmp bmp
image/gif gif
image/ief ief
image/jpeg jpg jpe jpeg
image/heic heic
image/heif heif
image/png png
image/svg+xml svg
image/tiff tiff tif
image/vnd.microsoft.icon ico
image/x-cmu-raster ras
image/x-portable-anymap pnm
image/x-portable-bitmap pbm
image/x-portable-graymap pgm
image/x-portable-pixmap ppm
image/x-rgb rgb
image/x-xbitmap xbm
image/x-xpixmap xpm
image/x-xwindowdump xwd
message/rfc822 eml mht mhtml nws
text/css css
text/csv csv
text/html html htm
text/n3 n3
text/plain txt bat c h ksh pl srt
text/richtext rtx
text/tab-separated-values tsv
text/vtt vtt
text/x-python py
text/x-setext etx
text/x-sgml sgm sgml
text/x-vcard vcf
text/xml xml
video/mp4 mp4
video/mpeg mpeg m1v mpa mpe mpg
video/quicktime mov qt
video/webm webm
video/x-msvideo avi
video/x-sgi-movie movie
"""

# Common types that are not registered ones (used when strict is false).
_COMMON_TABLE = """
application/rtf rtf
audio/midi midi mid
image/jpg jpg
image/pict pict pct pic
image/webp webp
text/xul xul
"""


def _parse_table(text):
    table = {}
    for line in text.strip().splitlines():
        type, *exts = line.split()
        for ext in exts:
            table["." + ext] = type
    return table


def _default_mime_types():
    global suffix_map, _suffix_map_default, encodings_map, _encodings_map_default
    global types_map, _types_map_default, common_types, _common_types_default
    suffix_map = _suffix_map_default = {
        ".svgz": ".svg.gz",
        ".tgz": ".tar.gz",
        ".taz": ".tar.gz",
        ".tz": ".tar.gz",
        ".tbz2": ".tar.bz2",
        ".txz": ".tar.xz",
    }
    encodings_map = _encodings_map_default = {
        ".gz": "gzip",
        ".Z": "compress",
        ".bz2": "bzip2",
        ".xz": "xz",
        ".br": "br",
    }
    types_map = _types_map_default = _parse_table(_STRICT_TABLE)
    common_types = _common_types_default = _parse_table(_COMMON_TABLE)


_default_mime_types()


def _main():
    import getopt

    usage = """Usage: mimetypes.py [options] name-or-type ...

Options:
    -h, --help       show this help and exit
    -l, --lenient    also use common types that are not registered
    -e, --extension  print the extension of each type, not the type of each name
"""

    def fail(code, msg=""):
        print(usage)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], "hle", ["help", "lenient", "extension"])
    except getopt.error as msg:
        fail(1, msg)
    strict = True
    extension = False
    for opt, _ in opts:
        if opt in ("-h", "--help"):
            fail(0)
        elif opt in ("-l", "--lenient"):
            strict = False
        elif opt in ("-e", "--extension"):
            extension = True
    for gtype in args:
        if extension:
            guess = guess_extension(gtype, strict)
            if not guess:
                print("I don't know anything about type", gtype)
            else:
                print(guess)
        else:
            guess, encoding = guess_type(gtype, strict)
            if not guess:
                print("I don't know anything about type", gtype)
            else:
                print("type:", guess, "encoding:", encoding)


if __name__ == "__main__":
    _main()
