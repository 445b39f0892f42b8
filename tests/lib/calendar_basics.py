import calendar

print([calendar.isleap(y) for y in (1900, 2000, 2023, 2024, 2100)])
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2024), calendar.leapdays(1, 10000))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(-5, 3, 1))
print([calendar.monthrange(2024, m) for m in range(1, 13)])
print(calendar.monthrange(1900, 2), calendar.monthrange(2000, 2))
print(calendar.monthcalendar(2024, 2))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.month_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())

cal = calendar.Calendar()
print(list(cal.iterweekdays()), list(calendar.Calendar(6).iterweekdays()))
print(list(cal.itermonthdates(2024, 3))[:3], list(cal.itermonthdates(2024, 3))[-2:])
print(list(cal.itermonthdays(2023, 10)))
print(list(cal.itermonthdays2(2023, 10))[:9])
print(list(cal.itermonthdays3(2024, 1))[:2], list(cal.itermonthdays4(2024, 12))[-2:])
print(calendar.Calendar(6).monthdayscalendar(2024, 9))
print(calendar.Calendar(3).monthdays2calendar(2021, 2))
print(cal.monthdatescalendar(2015, 2)[0])
print(len(cal.yeardayscalendar(2024)), len(cal.yeardays2calendar(2024, 4)[0]))

tc = calendar.TextCalendar()
print(tc.formatmonth(2024, 2))
print(tc.formatmonth(2023, 12, w=4, l=2))
calendar.TextCalendar(6).prmonth(2021, 8, 3)
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 9, 9))
print(tc.formatyear(2024))
print(tc.formatyear(2023, 3, 1, 4, 4))
print(calendar.month(2025, 1))
print(calendar.calendar(1999, m=2))
calendar.prmonth(2010, 5)
print(calendar.weekheader(2), '|', calendar.weekheader(9), '|', calendar.weekheader(1))
print(tc.formatweekday(0, 12), '|', tc.formatmonthname(2024, 5, 30, False), '|')

calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 6))
print(calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(0)

print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 3, 60, 0)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2000, 13, 1, 0, 0, 0)[:1] + (1, 40, 0, 0, 0)))

for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0),
            lambda: calendar.setfirstweekday(7), lambda: calendar.setfirstweekday(-1),
            lambda: calendar.monthcalendar(2024, 0), lambda: calendar.weekday(2024, 2, 30),
            lambda: calendar.month(2024, 13)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
e = calendar.IllegalMonthError(14)
print(e.month, repr(str(e)))
