from _helpers.circ_bad_b import B
A = "A"
