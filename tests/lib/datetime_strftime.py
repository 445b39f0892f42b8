# strftime / format with the common directives (C locale).
from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2023, 1, 5, 7, 8, 9, 12345)
for code in 'aAbBcdefGHIjmMpSuUVwWxXyYzZ%':
    print(code, repr(dt.strftime('%' + code)))
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f'), dt.strftime('%d %B %Y, %I:%M %p'))
print(date(2023, 12, 31).strftime('%j %U %W %G-W%V-%u'), date(2024, 1, 1).strftime('%j %U %W %G %V'))
print(datetime(2023, 6, 15, 23, 0).strftime('%I %p'), datetime(2023, 6, 15, 0, 30).strftime('%I %p'))
print(f'{dt:%H:%M}', '{:%Y}'.format(date(2020, 1, 1)), format(dt, ''), format(time(1, 2), '%H|%M'))
aware = datetime(2023, 1, 1, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(aware.strftime('%z %Z'), datetime(2023, 1, 1, tzinfo=timezone(timedelta(seconds=5))).strftime('%z'))
print(date(2023, 3, 9).strftime('%a %A %b %B %e'), dt.strftime('no codes'), dt.strftime(''))
print([date(2021, 1, d).strftime('%U%W') for d in range(1, 11)])
for d in [date(1, 1, 1), date(999, 12, 31), date(2000, 2, 29), date(9999, 12, 31)]:
    print(d.strftime('%Y|%y|%m|%d|%j|%a|%b|%U|%W|%G|%V|%u|%w'))
t = time(0, 0, 0, 5)
print(t.strftime('%H:%M:%S.%f %p %I'), time(12).strftime('%p %I'), time(13, 5).strftime('%X'))
print(datetime(2024, 7, 4, 16, 30).strftime('%c|%x|%X'), date(2024, 7, 4).strftime('%c'))
print(dt.strftime('%%Y %%%Y %Q'), dt.strftime('%'), dt.strftime('100%% %d'))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).strftime('%Z %z'), time(1, tzinfo=timezone.utc).strftime('%Z%z'))
