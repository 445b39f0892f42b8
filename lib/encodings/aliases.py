"""Encoding aliases (Glass).

aliases maps normalized alias names (lower case, see encodings.normalize_encoding) to
the module of this package implementing the codec. These are the entries of CPython
3.11's table whose codec Glass implements; they were selected by
tools/gen_encoding_aliases.py.
"""

aliases = {
    # ascii
    '646': 'ascii',
    'ansi_x3.4_1968': 'ascii',
    'ansi_x3_4_1968': 'ascii',
    'ansi_x3.4_1986': 'ascii',
    'cp367': 'ascii',
    'csascii': 'ascii',
    'ibm367': 'ascii',
    'iso646_us': 'ascii',
    'iso_646.irv_1991': 'ascii',
    'iso_ir_6': 'ascii',
    'us': 'ascii',
    'us_ascii': 'ascii',
    # base64_codec
    'base64': 'base64_codec',
    'base_64': 'base64_codec',
    # cp1252
    '1252': 'cp1252',
    'windows_1252': 'cp1252',
    # cp437
    '437': 'cp437',
    'cspc8codepage437': 'cp437',
    'ibm437': 'cp437',
    # cp850
    '850': 'cp850',
    'cspc850multilingual': 'cp850',
    'ibm850': 'cp850',
    # hex_codec
    'hex': 'hex_codec',
    # iso8859_15
    'iso_8859_15': 'iso8859_15',
    'l9': 'iso8859_15',
    'latin9': 'iso8859_15',
    # iso8859_2
    'csisolatin2': 'iso8859_2',
    'iso_8859_2': 'iso8859_2',
    'iso_8859_2_1987': 'iso8859_2',
    'iso_ir_101': 'iso8859_2',
    'l2': 'iso8859_2',
    'latin2': 'iso8859_2',
    # latin_1
    '8859': 'latin_1',
    'cp819': 'latin_1',
    'csisolatin1': 'latin_1',
    'ibm819': 'latin_1',
    'iso8859': 'latin_1',
    'iso8859_1': 'latin_1',
    'iso_8859_1': 'latin_1',
    'iso_8859_1_1987': 'latin_1',
    'iso_ir_100': 'latin_1',
    'l1': 'latin_1',
    'latin': 'latin_1',
    'latin1': 'latin_1',
    # mac_roman
    'macintosh': 'mac_roman',
    'macroman': 'mac_roman',
    # rot_13
    'rot13': 'rot_13',
    # utf_16
    'u16': 'utf_16',
    'utf16': 'utf_16',
    # utf_16_be
    'unicodebigunmarked': 'utf_16_be',
    'utf_16be': 'utf_16_be',
    # utf_16_le
    'unicodelittleunmarked': 'utf_16_le',
    'utf_16le': 'utf_16_le',
    # utf_32
    'u32': 'utf_32',
    'utf32': 'utf_32',
    # utf_32_be
    'utf_32be': 'utf_32_be',
    # utf_32_le
    'utf_32le': 'utf_32_le',
    # utf_8
    'u8': 'utf_8',
    'utf': 'utf_8',
    'utf8': 'utf_8',
    'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8',
    'cp65001': 'utf_8',
}
