"""netrc - read .netrc files (machine/default entries with login, account and
password; macdef macros), as CPython 3.11's netrc does. Glass's own implementation.
"""

import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """A syntax error in a .netrc file (msg, filename, lineno)."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


class _netrclex:
    """Whitespace-separated tokens; double quotes group, a backslash escapes."""

    def __init__(self, fp):
        self.lineno = 1
        self.instream = fp
        self.whitespace = "\n\t\r "
        self.pushback = []

    def _read_char(self):
        ch = self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        token = ""
        chars = iter(self._read_char, "")
        for ch in chars:
            if ch in self.whitespace:
                continue
            if ch == '"':
                for ch in chars:
                    if ch == '"':
                        return token
                    if ch == "\\":
                        ch = self._read_char()
                    token += ch
            else:
                if ch == "\\":
                    ch = self._read_char()
                token += ch
                for ch in chars:
                    if ch in self.whitespace:
                        return token
                    if ch == "\\":
                        ch = self._read_char()
                    token += ch
        return token

    def push_token(self, token):
        self.pushback.append(token)


class netrc:
    """The entries of a .netrc file (default ~/.netrc): hosts maps a machine name
    (or 'default') to (login, account, password), macros a macro name to its lines."""

    def __init__(self, file=None):
        default_netrc = file is None
        if file is None:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding="utf-8") as fp:
                self._parse(file, fp, default_netrc)
        except UnicodeDecodeError:
            with open(file) as fp:      # the locale's encoding
                self._parse(file, fp, default_netrc)

    def _parse(self, file, fp, default_netrc):
        lexer = _netrclex(fp)
        while True:
            saved_lineno = lexer.lineno
            tt = lexer.get_token()
            if not tt:
                break
            if tt[0] == "#":
                # a lone '#' starts a comment running to the end of the line
                if lexer.lineno == saved_lineno and len(tt) == 1:
                    lexer.instream.readline()
                continue
            if tt == "machine":
                entryname = lexer.get_token()
            elif tt == "default":
                entryname = "default"
            elif tt == "macdef":
                entryname = lexer.get_token()
                lines = self.macros[entryname] = []
                while True:
                    line = lexer.instream.readline()
                    if not line:
                        raise NetrcParseError(
                            "Macro definition missing null line terminator.",
                            file, lexer.lineno)
                    if line == "\n":        # an empty line ends the macro
                        break
                    lines.append(line)
                continue
            else:
                raise NetrcParseError("bad toplevel token %r" % tt, file, lexer.lineno)
            if not entryname:
                raise NetrcParseError("missing %r name" % tt, file, lexer.lineno)

            login = account = password = ""
            self.hosts[entryname] = {}
            while True:
                prev_lineno = lexer.lineno
                tt = lexer.get_token()
                if tt.startswith("#"):
                    if lexer.lineno == prev_lineno:
                        lexer.instream.readline()
                    continue
                if tt in {"", "machine", "default", "macdef"}:
                    self.hosts[entryname] = (login, account, password)
                    lexer.push_token(tt)
                    break
                if tt == "login" or tt == "user":
                    login = lexer.get_token()
                elif tt == "account":
                    account = lexer.get_token()
                elif tt == "password":
                    password = lexer.get_token()
                else:
                    raise NetrcParseError("bad follower token %r" % tt, file, lexer.lineno)
            self._security_check(fp, default_netrc, self.hosts[entryname][0])

    def _security_check(self, fp, default_netrc, login):
        # only ~/.netrc read by default, on POSIX, for a login other than anonymous
        if os.name != "posix" or not default_netrc or login == "anonymous":
            return
        prop = os.fstat(fp.fileno())
        if prop.st_uid != os.getuid():
            import pwd
            try:
                fowner = pwd.getpwuid(prop.st_uid)[0]
            except KeyError:
                fowner = "uid %s" % prop.st_uid
            try:
                user = pwd.getpwuid(os.getuid())[0]
            except KeyError:
                user = "uid %s" % os.getuid()
            raise NetrcParseError(
                f"~/.netrc file owner ({fowner}, {user}) does not match current user")
        if prop.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError(
                "~/.netrc access too permissive: access permissions must restrict "
                "access to only the owner")

    def authenticators(self, host):
        """(login, account, password) for host, else the default entry's, else None."""
        if host in self.hosts:
            return self.hosts[host]
        if "default" in self.hosts:
            return self.hosts["default"]
        return None

    def __repr__(self):
        """The entries in .netrc syntax."""
        rep = ""
        for host, attrs in self.hosts.items():
            rep += f"machine {host}\n\tlogin {attrs[0]}\n"
            if attrs[1]:
                rep += f"\taccount {attrs[1]}\n"
            rep += f"\tpassword {attrs[2]}\n"
        for name, lines in self.macros.items():
            rep += f"macdef {name}\n"
            for line in lines:
                rep += line
            rep += "\n"
        return rep


if __name__ == "__main__":
    print(netrc())
