import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f, hex(f.compiler_flag), f.getOptionalRelease(), f.getMandatoryRelease())
print(__future__.annotations, __future__.annotations.compiler_flag)
print(sorted(__future__.__all__))
print(type(__future__.division).__name__, isinstance(__future__.division, __future__._Feature))
print(__future__.CO_FUTURE_ANNOTATIONS == 0x1000000, __future__.CO_FUTURE_GENERATOR_STOP)
print(__future__.generators.getMandatoryRelease() < (3, 11))
f = __future__._Feature((3, 99, 0, 'alpha', 1), None, 0)
print(repr(f))
