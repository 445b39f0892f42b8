from _helpers.circ_bad_a import A
B = "B"
