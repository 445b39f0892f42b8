/* readline.c - the line reader of the interactive loop: libedit's readline() with
 * history in ~/.glass_history when available and stdin is a terminal, else fgets.
 *
 * Invariants: GlRepl_ReadLine returns a malloc'd string without its newline (the
 * caller frees it with free()) or NULL at end of input; it never sets a Python
 * exception. The history file is loaded on the first call and rewritten (at most
 * 1000 entries) after each non-blank line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "modules.h"

#ifdef GL_HAVE_LIBEDIT
#include <editline/readline.h>

static int history_loaded;
static char history_path[4096];

static void
repl_load_history(void)
{
    history_loaded = 1;
    const char *home = getenv("HOME");
    if (home == NULL || home[0] == '\0') {
        return;
    }
    snprintf(history_path, sizeof(history_path), "%s/.glass_history", home);
    using_history();
    stifle_history(1000);
    read_history(history_path);
}
#endif

/* Plain fgets reader: any line length; NULL at EOF with nothing read. The prompt
 * goes to stderr, as CPython's reader without readline writes it (so `glass -i`
 * on piped input leaves stdout to the program). */
static char *
repl_read_plain(const char *prompt)
{
    fflush(stdout);
    if (prompt != NULL && prompt[0] != '\0') {
        fputs(prompt, stderr);
        fflush(stderr);
    }
    size_t cap = 256, len = 0;
    char *buf = malloc(cap);
    if (buf == NULL) {
        return NULL;
    }
    for (;;) {
        if (fgets(buf + len, (int)(cap - len), stdin) == NULL) {
            if (len == 0) {
                free(buf);
                return NULL;
            }
            break;
        }
        len += strlen(buf + len);
        if (len > 0 && buf[len - 1] == '\n') {
            buf[--len] = '\0';
            break;
        }
        if (cap - len < 2) {
            char *nb = realloc(buf, cap * 2);
            if (nb == NULL) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
    }
    return buf;
}

char *
GlRepl_ReadLine(const char *prompt)
{
#ifdef GL_HAVE_LIBEDIT
    if (isatty(0) && isatty(1)) {
        if (!history_loaded) {
            repl_load_history();
        }
        fflush(stdout);
        char *line = readline(prompt != NULL ? prompt : "");
        if (line == NULL) {
            return NULL;
        }
        if (line[0] != '\0' && strspn(line, " \t") != strlen(line)) {
            add_history(line);
            if (history_path[0] != '\0') {
                write_history(history_path);
            }
        }
        return line;
    }
#endif
    return repl_read_plain(prompt);
}
