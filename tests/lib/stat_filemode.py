# stat: file-type predicates, S_IMODE/S_IFMT and filemode strings
import stat

modes = [0o100644, 0o040755, 0o120777, 0o104755, 0o102755, 0o041777, 0o041776,
         0o020600, 0o060660, 0o010644, 0o140755, 0o106000, 0o100000, 0]
for m in modes:
    kinds = [n for n in ['S_ISDIR', 'S_ISREG', 'S_ISLNK', 'S_ISCHR', 'S_ISBLK', 'S_ISFIFO', 'S_ISSOCK']
             if getattr(stat, n)(m)]
    print(oct(m), stat.filemode(m), kinds, oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR)
print(stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX)
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0), stat.UF_HIDDEN, stat.SF_APPEND)
