/* timemodule.c - the `time` module: the clocks (time, monotonic, perf_counter,
 * process_time, thread_time and their _ns forms, clock_gettime), sleep, the
 * time.struct_time type, gmtime/localtime/mktime, asctime/ctime/strftime, the time
 * zone data (timezone, altzone, daylight, tzname, tzset) and get_clock_info.
 *
 * Invariants:
 * - struct_time is a tuple subclass of length 9 (the sequence fields); each instance
 *   holds 11 items: the 9 visible ones then tm_zone and tm_gmtoff, stored past the
 *   tuple's size (ob_size is 9, the allocation holds 11). Dealloc and traverse use
 *   STRUCT_TIME_FIELDS, never ob_size. Its repr shows the 9 sequence fields.
 * - Field conventions are Python's: tm_year is the full year, tm_mon 1..12, tm_wday
 *   0 = Monday, tm_yday 1..366 (gettmarg/tmtotuple convert to and from C's struct tm).
 *
 * CPython behaviour matched: argument conversions and messages ("Tuple or struct_time
 * argument required", "mktime(): illegal time tuple argument", "month out of range",
 * "sleep length must be non-negative", "timestamp out of range for platform time_t"),
 * strftime's normalisation of zero month/day/yday, timestamps floored to seconds.
 *
 * strptime imports lib/_strptime.py and calls its _strptime_time, as CPython does.
 *
 * Left out: pthread_getcpuclockid,
 * clock_settime, monotonic clock adjustments, Windows specifics.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <time.h>
#include "modules.h"
#include "../vm/vm.h"

#define STRUCT_TIME_FIELDS 11   // items stored per instance
#define STRUCT_TIME_VISIBLE 9   // the tuple length

/* ============================ struct_time ====================================== */

#define ITEM_OFFSET(i) GL_STRUCTSEQ_OFFSET(i)

static GlMemberDef struct_time_members[] = {
    {"tm_year", GL_T_OBJECT, ITEM_OFFSET(0), GL_READONLY, "year, for example, 1993"},
    {"tm_mon", GL_T_OBJECT, ITEM_OFFSET(1), GL_READONLY, "month of year, range [1, 12]"},
    {"tm_mday", GL_T_OBJECT, ITEM_OFFSET(2), GL_READONLY, "day of month, range [1, 31]"},
    {"tm_hour", GL_T_OBJECT, ITEM_OFFSET(3), GL_READONLY, "hours, range [0, 23]"},
    {"tm_min", GL_T_OBJECT, ITEM_OFFSET(4), GL_READONLY, "minutes, range [0, 59]"},
    {"tm_sec", GL_T_OBJECT, ITEM_OFFSET(5), GL_READONLY, "seconds, range [0, 61])"},
    {"tm_wday", GL_T_OBJECT, ITEM_OFFSET(6), GL_READONLY,
     "day of week, range [0, 6], Monday is 0"},
    {"tm_yday", GL_T_OBJECT, ITEM_OFFSET(7), GL_READONLY, "day of year, range [1, 366]"},
    {"tm_isdst", GL_T_OBJECT, ITEM_OFFSET(8), GL_READONLY,
     "1 if summer time is in effect, 0 if not, and -1 if unknown"},
    {"tm_zone", GL_T_OBJECT, ITEM_OFFSET(9), GL_READONLY, "abbreviation of timezone name"},
    {"tm_gmtoff", GL_T_OBJECT, ITEM_OFFSET(10), GL_READONLY, "offset from UTC in seconds"},
    {NULL, 0, 0, 0, NULL},
};

extern GlTypeObject GlStructTime_Type;

GlTypeObject GlStructTime_Type = GL_STRUCTSEQ_TYPE_INIT(
    "time.struct_time",
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.\n\n"
    " Note that several fields' values are not the same as those defined by\n"
    " the C language standard for struct tm.  For example, the value of the\n"
    " field tm_year is the actual year, not year - 1900.  See individual\n"
    " fields' descriptions for details.",
    struct_time_members, GlStructSeq_New);

/* struct_time of a C struct tm (Python's field conventions); zone may be NULL. */
static GlObject *
tm_to_struct_time(const struct tm *t, const char *zone, long gmtoff)
{
    GlObject *items[STRUCT_TIME_FIELDS] = {
        GlInt_FromLong((long)t->tm_year + 1900), GlInt_FromLong(t->tm_mon + 1),
        GlInt_FromLong(t->tm_mday), GlInt_FromLong(t->tm_hour), GlInt_FromLong(t->tm_min),
        GlInt_FromLong(t->tm_sec), GlInt_FromLong((t->tm_wday + 6) % 7),
        GlInt_FromLong(t->tm_yday + 1), GlInt_FromLong(t->tm_isdst),
        zone != NULL ? GlStr_Decode(zone, (Gl_ssize_t)strlen(zone), "utf-8", "surrogateescape")
                     : Gl_NewRef(Gl_None),
        GlInt_FromLong(gmtoff),
    };
    return GlStructSeq_FromItems(&GlStructTime_Type, items);
}

/* ============================ conversions ====================================== */

/* A timestamp (int or float) floored to whole seconds. None: the current time when
 * allow_none. 0 / -1. */
static int
time_object_to_time_t(GlObject *obj, time_t *out)
{
    if (GlFloat_Check(obj)) {
        double d = floor(GlFloat_AS_DOUBLE(obj));
        if (isnan(d)) {
            GlErr_SetString(GlExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18)) {
            GlErr_SetString(GlExc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    GlObject *i = GlNumber_Index(obj);   // PYTHON CODE (__index__)
    if (i == NULL) {
        return -1;
    }
    int overflow = 0;
    int64_t v = GlInt_AsInt64AndOverflow(i, &overflow);
    Gl_DECREF(i);
    if (overflow != 0) {
        GlErr_SetString(GlExc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)v;
    return 0;
}

/* Seconds as a double from an int or float (sleep). 0 / -1. */
static int
time_object_to_seconds(GlObject *obj, double *out)
{
    if (GlFloat_Check(obj)) {
        *out = GlFloat_AS_DOUBLE(obj);
        if (isnan(*out)) {
            GlErr_SetString(GlExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        return 0;
    }
    GlObject *i = GlNumber_Index(obj);   // PYTHON CODE
    if (i == NULL) {
        return -1;
    }
    *out = GlInt_AsDouble(i);
    Gl_DECREF(i);
    return (*out == -1.0 && GlErr_Occurred()) ? -1 : 0;
}

/* Fill *t from a 9-tuple or struct_time (Python conventions -> C's); a struct_time
 * also gives tm_zone (kept alive by the argument) and tm_gmtoff. 0 / -1. */
static int
gettmarg(GlObject *arg, struct tm *t, const char *fname)
{
    memset(t, 0, sizeof(*t));
    if (!GlTuple_Check(arg)) {
        GlErr_SetString(GlExc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (GlTuple_GET_SIZE(arg) != STRUCT_TIME_VISIBLE) {
        GlErr_Format(GlExc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int v[STRUCT_TIME_VISIBLE];
    for (int i = 0; i < STRUCT_TIME_VISIBLE; i++) {
        GlObject *item = GlTuple_GET_ITEM(arg, i);
        if (GlFloat_Check(item)) {
            GlErr_SetString(GlExc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        GlObject *n = GlNumber_Index(item);   // PYTHON CODE
        if (n == NULL) {
            return -1;
        }
        long x = GlInt_AsLong(n);
        Gl_DECREF(n);
        if (x == -1 && GlErr_Occurred()) {
            return -1;
        }
        if (x > INT_MAX || x < INT_MIN) {
            GlErr_SetString(GlExc_OverflowError, x > 0 ? "signed integer is greater than maximum"
                                                       : "signed integer is less than minimum");
            return -1;
        }
        v[i] = (int)x;
    }
    t->tm_year = v[0] - 1900;
    t->tm_mon = v[1] - 1;
    t->tm_mday = v[2];
    t->tm_hour = v[3];
    t->tm_min = v[4];
    t->tm_sec = v[5];
    t->tm_wday = (v[6] + 1) % 7;
    t->tm_yday = v[7] - 1;
    t->tm_isdst = v[8];
    if (Gl_TYPE(arg) == &GlStructTime_Type) {
        GlObject *zone = ((GlTupleObject *)arg)->ob_item[9];
        GlObject *off = ((GlTupleObject *)arg)->ob_item[10];
        if (zone != NULL && GlStr_Check(zone)) {
            t->tm_zone = GlStr_AsUTF8(zone);
            if (t->tm_zone == NULL) {
                return -1;
            }
        }
        if (off != NULL && GlInt_Check(off)) {
            t->tm_gmtoff = GlInt_AsLong(off);
            if (t->tm_gmtoff == -1 && GlErr_Occurred()) {
                return -1;
            }
        }
    }
    return 0;
}

/* The range checks of asctime and strftime (a zero month/day/yday is taken as the
 * first, tm_isdst is clamped to -1..1). 0 / -1 with ValueError. */
static int
checktm(struct tm *t)
{
    {
        if (t->tm_mon == -1) {
            t->tm_mon = 0;
        }
        if (t->tm_mday == 0) {
            t->tm_mday = 1;
        }
        if (t->tm_yday == -1) {
            t->tm_yday = 0;
        }
        if (t->tm_isdst < -1) {
            t->tm_isdst = -1;
        } else if (t->tm_isdst > 1) {
            t->tm_isdst = 1;
        }
    }
    const char *msg = NULL;
    if (t->tm_mon < 0 || t->tm_mon > 11) {
        msg = "month out of range";
    } else if (t->tm_mday < 1 || t->tm_mday > 31) {
        msg = "day of month out of range";
    } else if (t->tm_hour < 0 || t->tm_hour > 23) {
        msg = "hour out of range";
    } else if (t->tm_min < 0 || t->tm_min > 59) {
        msg = "minute out of range";
    } else if (t->tm_sec < 0 || t->tm_sec > 61) {
        msg = "seconds out of range";
    } else if (t->tm_wday < 0) {
        msg = "day of week out of range";
    } else if (t->tm_yday < 0 || t->tm_yday > 365) {
        msg = "day of year out of range";
    }
    if (msg != NULL) {
        GlErr_SetString(GlExc_ValueError, msg);
        return -1;
    }
    return 0;
}

/* PyArg_ParseTuple-style count check: "f() takes at most 1 argument (2 given)"
 * (asctime uses the other style, as CPython). 0 / -1. */
static int
time_check_nargs(const char *fname, Gl_ssize_t nargs, Gl_ssize_t min, Gl_ssize_t max)
{
    if (nargs < min) {
        GlErr_Format(GlExc_TypeError, "%s() takes at least %zd argument%s (%zd given)", fname,
                     min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        GlErr_Format(GlExc_TypeError, "%s() takes at most %zd argument%s (%zd given)", fname, max,
                     max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* ============================== the clocks ===================================== */

static int
clock_ns(clockid_t id, int64_t *out)
{
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) {
        GlErr_SetFromErrno(GlExc_OSError);
        return -1;
    }
    *out = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    return 0;
}

static GlObject *
clock_float(clockid_t id)
{
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    return GlFloat_FromDouble((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static GlObject *
clock_int(clockid_t id)
{
    int64_t ns;
    if (clock_ns(id, &ns) < 0) {
        return NULL;
    }
    return GlInt_FromInt64(ns);
}

static GlObject *
time_time(GlObject *m, GlObject *unused)
{
    return clock_float(CLOCK_REALTIME);
}

static GlObject *
time_time_ns(GlObject *m, GlObject *unused)
{
    return clock_int(CLOCK_REALTIME);
}

static GlObject *
time_monotonic(GlObject *m, GlObject *unused)
{
    return clock_float(CLOCK_MONOTONIC);
}

static GlObject *
time_monotonic_ns(GlObject *m, GlObject *unused)
{
    return clock_int(CLOCK_MONOTONIC);
}

static GlObject *
time_process_time(GlObject *m, GlObject *unused)
{
    return clock_float(CLOCK_PROCESS_CPUTIME_ID);
}

static GlObject *
time_process_time_ns(GlObject *m, GlObject *unused)
{
    return clock_int(CLOCK_PROCESS_CPUTIME_ID);
}

static GlObject *
time_thread_time(GlObject *m, GlObject *unused)
{
    return clock_float(CLOCK_THREAD_CPUTIME_ID);
}

static GlObject *
time_thread_time_ns(GlObject *m, GlObject *unused)
{
    return clock_int(CLOCK_THREAD_CPUTIME_ID);
}

static int
clock_id_arg(GlObject *arg, clockid_t *out)
{
    GlObject *i = GlNumber_Index(arg);
    if (i == NULL) {
        return -1;
    }
    long v = GlInt_AsLong(i);
    Gl_DECREF(i);
    if (v == -1 && GlErr_Occurred()) {
        return -1;
    }
    *out = (clockid_t)v;
    return 0;
}

static GlObject *
time_clock_gettime(GlObject *m, GlObject *arg)
{
    clockid_t id;
    return clock_id_arg(arg, &id) < 0 ? NULL : clock_float(id);
}

static GlObject *
time_clock_gettime_ns(GlObject *m, GlObject *arg)
{
    clockid_t id;
    return clock_id_arg(arg, &id) < 0 ? NULL : clock_int(id);
}

static GlObject *
time_clock_getres(GlObject *m, GlObject *arg)
{
    clockid_t id;
    struct timespec ts;
    if (clock_id_arg(arg, &id) < 0) {
        return NULL;
    }
    if (clock_getres(id, &ts) != 0) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    return GlFloat_FromDouble((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static GlObject *
time_sleep(GlObject *m, GlObject *arg)
{
    double secs;
    if (time_object_to_seconds(arg, &secs) < 0) {
        return NULL;
    }
    if (secs < 0) {
        return GlErr_SetString(GlExc_ValueError, "sleep length must be non-negative");
    }
    struct timespec ts;
    ts.tv_sec = (time_t)secs;
    ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
    /* Resume after signals until the whole interval has passed. */
    while (nanosleep(&ts, &ts) != 0) {
        if (errno != EINTR) {
            return GlErr_SetFromErrno(GlExc_OSError);
        }
    }
    Gl_RETURN_NONE;
}

static GlObject *
time_get_clock_info(GlObject *m, GlObject *arg)
{
    if (!GlStr_Check(arg)) {
        return GlErr_Format(GlExc_TypeError, "get_clock_info() argument must be str, not %s",
                            GlObject_TypeName(arg));
    }
    static const struct {
        const char *name, *impl;
        clockid_t id;
        int monotonic, adjustable;
    } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, 0, 1},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1, 0},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, 1, 0},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID,
         1, 0},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID,
         1, 0},
    };
    for (size_t i = 0; i < sizeof(clocks) / sizeof(clocks[0]); i++) {
        if (!GlStr_EqualToASCII(arg, clocks[i].name)) {
            continue;
        }
        struct timespec ts = {0, 1};
        clock_getres(clocks[i].id, &ts);
        GlObject *d = GlDict_New();
        GlObject *impl = GlStr_FromString(clocks[i].impl);
        GlObject *res = GlFloat_FromDouble((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
        GlObject *ns = NULL;
        if (d != NULL && impl != NULL && res != NULL
            && GlDict_SetItemString(d, "implementation", impl) == 0
            && GlDict_SetItemString(d, "monotonic", clocks[i].monotonic ? Gl_True : Gl_False) == 0
            && GlDict_SetItemString(d, "adjustable",
                                    clocks[i].adjustable ? Gl_True : Gl_False) == 0
            && GlDict_SetItemString(d, "resolution", res) == 0) {
            ns = GlNamespace_New(d);
        }
        Gl_XDECREF(d);
        Gl_XDECREF(impl);
        Gl_XDECREF(res);
        return ns;
    }
    return GlErr_SetString(GlExc_ValueError, "unknown clock");
}

/* ======================== broken-down time ===================================== */

/* The seconds argument of gmtime/localtime/ctime (None or absent: now). 0 / -1. */
static int
time_secs_arg(const char *fname, GlObject *const *args, Gl_ssize_t nargs, time_t *out)
{
    if (time_check_nargs(fname, nargs, 0, 1) < 0) {
        return -1;
    }
    if (nargs == 0 || args[0] == Gl_None) {
        *out = time(NULL);
        return 0;
    }
    return time_object_to_time_t(args[0], out);
}

static GlObject *
time_gmtime(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    time_t when;
    struct tm buf;
    if (time_secs_arg("gmtime", args, nargs, &when) < 0) {
        return NULL;
    }
    errno = 0;
    if (gmtime_r(&when, &buf) == NULL) {
        return GlErr_SetFromErrno(errno == EOVERFLOW || errno == 0 ? GlExc_OverflowError
                                                                   : GlExc_OSError);
    }
    return tm_to_struct_time(&buf, buf.tm_zone, buf.tm_gmtoff);
}

static GlObject *
time_localtime(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    time_t when;
    struct tm buf;
    if (time_secs_arg("localtime", args, nargs, &when) < 0) {
        return NULL;
    }
    errno = 0;
    if (localtime_r(&when, &buf) == NULL) {
        return GlErr_SetFromErrno(errno == EOVERFLOW || errno == 0 ? GlExc_OverflowError
                                                                   : GlExc_OSError);
    }
    return tm_to_struct_time(&buf, buf.tm_zone, buf.tm_gmtoff);
}

static GlObject *
time_mktime(GlObject *m, GlObject *arg)
{
    struct tm buf;
    if (gettmarg(arg, &buf, "mktime") < 0) {
        return NULL;
    }
    buf.tm_wday = -1;   // mktime leaves it unchanged only on failure
    time_t tt = mktime(&buf);
    if (tt == (time_t)-1 && buf.tm_wday == -1) {
        return GlErr_SetString(GlExc_OverflowError, "mktime argument out of range");
    }
    return GlFloat_FromDouble((double)tt);
}

/* "Sun Jun 20 23:21:05 1993" (no trailing newline, unlike C's asctime). */
static GlObject *
format_asctime(const struct tm *t)
{
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[96];
    snprintf(buf, sizeof(buf), "%s %s%3d %.2d:%.2d:%.2d %ld", wday[t->tm_wday % 7],
             mon[t->tm_mon], t->tm_mday, t->tm_hour, t->tm_min, t->tm_sec,
             (long)t->tm_year + 1900);
    return GlStr_FromString(buf);
}

static GlObject *
time_asctime(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    struct tm buf;
    if (GlArg_CheckPositional("asctime", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        time_t now = time(NULL);
        localtime_r(&now, &buf);
    } else if (gettmarg(args[0], &buf, "asctime") < 0 || checktm(&buf) < 0) {
        return NULL;
    }
    return format_asctime(&buf);
}

static GlObject *
time_ctime(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    time_t when;
    struct tm buf;
    if (time_secs_arg("ctime", args, nargs, &when) < 0) {
        return NULL;
    }
    errno = 0;
    if (localtime_r(&when, &buf) == NULL) {
        return GlErr_SetString(GlExc_OverflowError, "timestamp out of range for platform time_t");
    }
    return format_asctime(&buf);
}

static GlObject *
time_strftime(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    struct tm buf;
    if (time_check_nargs("strftime", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (!GlStr_Check(args[0])) {
        return GlErr_Format(GlExc_TypeError, "strftime() argument 1 must be str, not %s",
                            GlObject_TypeName(args[0]));
    }
    if (nargs == 1) {
        time_t now = time(NULL);
        localtime_r(&now, &buf);
    } else if (gettmarg(args[1], &buf, "strftime") < 0 || checktm(&buf) < 0) {
        return NULL;
    }
    Gl_ssize_t fmtlen;
    const char *fmt = GlStr_AsUTF8AndSize(args[0], &fmtlen);
    if (fmt == NULL) {
        return NULL;
    }
    if (fmtlen == 0) {
        return GlStr_FromString("");
    }
    /* C's strftime returns 0 both for "too small" and for an empty result: grow the
     * buffer up to 256 bytes per format byte, then accept the empty string. */
    for (size_t size = 1024; ; size *= 2) {
        char *out = malloc(size);
        if (out == NULL) {
            return GlErr_NoMemory();
        }
        size_t n = strftime(out, size, fmt, &buf);
        if (n > 0 || size >= (size_t)fmtlen * 256) {
            GlObject *r = GlStr_Decode(out, (Gl_ssize_t)n, "utf-8", "surrogateescape");
            free(out);
            return r;
        }
        free(out);
    }
}

/* strptime(string[, format]): delegated to lib/_strptime.py as CPython does. */
static GlObject *
time_strptime(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    GlObject *mod = GlImport_ImportModule("_strptime");   // PYTHON CODE
    if (mod == NULL) {
        return NULL;
    }
    GlObject *func = GlObject_GetAttrString(mod, "_strptime_time");
    Gl_DECREF(mod);
    if (func == NULL) {
        return NULL;
    }
    GlObject *r = GlObject_Vectorcall(func, args, (size_t)nargs, NULL);   // PYTHON CODE
    Gl_DECREF(func);
    return r;
}

/* ============================== time zones ===================================== */

/* Set timezone, altzone, daylight and tzname from the offsets of January 1 and July 1
 * of the current year (as CPython's init_timezone). 0 / -1. */
static int
time_init_timezone(GlObject *m)
{
    tzset();
    time_t now = time(NULL);
    struct tm t;
    localtime_r(&now, &t);
    time_t year_start = now - (time_t)t.tm_yday * 86400 - t.tm_hour * 3600 - t.tm_min * 60;
    struct tm jan, jul;
    time_t jan_t = year_start, jul_t = year_start + 181 * 86400;
    localtime_r(&jan_t, &jan);
    localtime_r(&jul_t, &jul);
    long janoff = -jan.tm_gmtoff, juloff = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "", *julname = jul.tm_zone ? jul.tm_zone : "";
    GlObject *names;
    int rc = -1;
    if (janoff < juloff) {
        /* Southern hemisphere: DST is in effect in January. */
        rc = GlModule_AddIntConstant(m, "timezone", juloff) < 0
             || GlModule_AddIntConstant(m, "altzone", janoff) < 0;
        names = GlStr_FromString(julname);
        GlObject *b = GlStr_FromString(janname);
        GlObject *t2 = names && b ? GlTuple_Pack(2, names, b) : NULL;
        Gl_XDECREF(names);
        Gl_XDECREF(b);
        names = t2;
    } else {
        rc = GlModule_AddIntConstant(m, "timezone", janoff) < 0
             || GlModule_AddIntConstant(m, "altzone", juloff) < 0;
        GlObject *a = GlStr_FromString(janname);
        GlObject *b = GlStr_FromString(julname);
        names = a && b ? GlTuple_Pack(2, a, b) : NULL;
        Gl_XDECREF(a);
        Gl_XDECREF(b);
    }
    if (rc != 0 || names == NULL
        || GlModule_AddIntConstant(m, "daylight", janoff != juloff) < 0
        || GlModule_AddObject(m, "tzname", names) < 0) {
        Gl_XDECREF(names);
        return -1;
    }
    Gl_DECREF(names);
    return 0;
}

static GlObject *
time_tzset(GlObject *m, GlObject *unused)
{
    if (time_init_timezone(m) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

/* ================================ the module =================================== */

static GlMethodDef time_methods[] = {
    {"time", GL_FN(time_time), GL_METH_NOARGS,
     "time() -> floating point number\n\nReturn the current time in seconds since the Epoch."},
    {"time_ns", GL_FN(time_time_ns), GL_METH_NOARGS,
     "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch."},
    {"monotonic", GL_FN(time_monotonic), GL_METH_NOARGS,
     "monotonic() -> float\n\nMonotonic clock, cannot go backward."},
    {"monotonic_ns", GL_FN(time_monotonic_ns), GL_METH_NOARGS,
     "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", GL_FN(time_monotonic), GL_METH_NOARGS,
     "perf_counter() -> float\n\nPerformance counter for benchmarking."},
    {"perf_counter_ns", GL_FN(time_monotonic_ns), GL_METH_NOARGS,
     "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."},
    {"process_time", GL_FN(time_process_time), GL_METH_NOARGS,
     "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space "
     "CPU time."},
    {"process_time_ns", GL_FN(time_process_time_ns), GL_METH_NOARGS,
     "process_time() -> int\n\nProcess time for profiling as nanoseconds."},
    {"thread_time", GL_FN(time_thread_time), GL_METH_NOARGS,
     "thread_time() -> float\n\nThread time for profiling."},
    {"thread_time_ns", GL_FN(time_thread_time_ns), GL_METH_NOARGS,
     "thread_time() -> int\n\nThread time for profiling as nanoseconds."},
    {"clock_gettime", GL_FN(time_clock_gettime), GL_METH_O,
     "clock_gettime(clk_id) -> float\n\nReturn the time of the specified clock clk_id."},
    {"clock_gettime_ns", GL_FN(time_clock_gettime_ns), GL_METH_O,
     "clock_gettime_ns(clk_id) -> int\n\nReturn the time of the specified clock clk_id "
     "as nanoseconds."},
    {"clock_getres", GL_FN(time_clock_getres), GL_METH_O,
     "clock_getres(clk_id) -> floating point number\n\nReturn the resolution (precision) of "
     "the specified clock clk_id."},
    {"sleep", GL_FN(time_sleep), GL_METH_O,
     "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\n"
     "a floating point number for subsecond precision."},
    {"get_clock_info", GL_FN(time_get_clock_info), GL_METH_O,
     "get_clock_info(name: str) -> dict\n\nGet information of the specified clock."},
    {"gmtime", GL_FN(time_gmtime), GL_METH_FASTCALL,
     "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
     "                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\n"
     "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\n"
     "GMT).  When 'seconds' is not passed in, convert the current time instead."},
    {"localtime", GL_FN(time_localtime), GL_METH_FASTCALL,
     "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
     "                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\n"
     "Convert seconds since the Epoch to a time tuple expressing local time.\n"
     "When 'seconds' is not passed in, convert the current time instead."},
    {"mktime", GL_FN(time_mktime), GL_METH_O,
     "mktime(tuple) -> floating point number\n\n"
     "Convert a time tuple in local time to seconds since the Epoch."},
    {"asctime", GL_FN(time_asctime), GL_METH_FASTCALL,
     "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. "
     "'Sat Jun 06 16:26:11 1998'."},
    {"ctime", GL_FN(time_ctime), GL_METH_FASTCALL,
     "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string "
     "in local time."},
    {"strftime", GL_FN(time_strftime), GL_METH_FASTCALL,
     "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according "
     "to a format specification."},
    {"strptime", GL_FN(time_strptime), GL_METH_FASTCALL,
     "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according "
     "to a format specification.\nSee the library reference manual for formatting codes "
     "(same as\nstrftime())."},
    {"tzset", GL_FN(time_tzset), GL_METH_NOARGS,
     "tzset()\n\nInitialize, or reinitialize, the local timezone to the value of the "
     "environment variable TZ."},
    {NULL, NULL, 0, NULL},
};

GlObject *
GlInit_time(void) GL_NEWREF
{
    if (GlStructSeq_Register(&GlStructTime_Type, STRUCT_TIME_VISIBLE, STRUCT_TIME_FIELDS) < 0) {
        return NULL;
    }
    if (GlType_SetMatchArgs(&GlStructTime_Type, 9) < 0) {
        return NULL;
    }
    GlObject *m = GlModule_NewFromString("time");
    if (m == NULL) {
        return NULL;
    }
    GlObject *doc = GlStr_FromString(
        "This module provides various functions to manipulate time values.\n\n"
        "Glass implements the POSIX clocks, struct_time, gmtime/localtime/mktime,\n"
        "asctime/ctime/strftime/strptime and the time zone data.");
    if (doc == NULL || GlModule_AddObject(m, "__doc__", doc) < 0
        || GlModule_AddFunctions(m, time_methods) < 0
        || GlModule_AddObject(m, "struct_time", (GlObject *)&GlStructTime_Type) < 0
        || GlModule_AddIntConstant(m, "CLOCK_REALTIME", CLOCK_REALTIME) < 0
        || GlModule_AddIntConstant(m, "CLOCK_MONOTONIC", CLOCK_MONOTONIC) < 0
        || GlModule_AddIntConstant(m, "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID) < 0
        || GlModule_AddIntConstant(m, "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID) < 0
        || time_init_timezone(m) < 0) {
        Gl_XDECREF(doc);
        Gl_DECREF(m);
        return NULL;
    }
    Gl_DECREF(doc);
    return m;
}
