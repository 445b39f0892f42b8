#!/bin/sh
# Installs the Debian packages Glass builds with, when missing: as root with
# apt-get, otherwise by printing the exact command to run.
need=""
[ -f /usr/include/gmp.h ] || [ -f /usr/include/x86_64-linux-gnu/gmp.h ] || need="$need libgmp-dev"
[ -f /usr/include/editline/readline.h ] || need="$need libedit-dev"
[ -f /usr/include/pcre2.h ] || need="$need libpcre2-dev"
[ -f /usr/include/zlib.h ] || need="$need zlib1g-dev"
command -v gcc >/dev/null 2>&1 || need="$need gcc"
command -v make >/dev/null 2>&1 || need="$need make"
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "installing:$need" >&2
    (apt-get install -y $need || (apt-get update && apt-get install -y $need)) >&2 || exit 1
else
    echo "Glass needs:$need. Run: sudo apt-get install -y$need" >&2
    # libedit is optional: only fail for the required packages
    case "$need" in *gmp*|*pcre2*|*zlib*|*gcc*|*make*) exit 1 ;; esac
fi
exit 0
