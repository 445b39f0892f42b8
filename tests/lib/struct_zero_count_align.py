# Native-mode alignment also applies to codes with a zero repeat count.
import struct
for fmt in ["@i0q", "@b0i", "@h0d", "b0h", "b0e", "b0P", "b0n", "c0l", "?0q", "b0s", "b0x",
            "bi0q", "b0qb", "0q", "3s0i", "@b0?", "=b0i", "<b0q", ">h0d", "!b0i", "b0ib", "b0i0q"]:
    s = struct.Struct(fmt)
    n = s.size
    print(fmt, struct.calcsize(fmt), s.unpack(bytes(range(n))))
print(struct.pack("@b0i", 1), struct.pack("@h0d", 2), struct.pack("b0qb", 1, 2))
print(struct.unpack("@b0ib", b"\x01\x00\x00\x00\x02"))
print(list(struct.iter_unpack("@b0i", b"\x01\x00\x00\x00\x02\x00\x00\x00")))
print(struct.pack_into("@h0q", bytearray(8), 0, 5), struct.unpack_from("@h0q", bytes(8)))
