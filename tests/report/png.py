#!/usr/bin/env python3
"""PNG helpers for tests/report/run.sh, standard library only (zlib).

    python3 png.py stats FILE            -> "WIDTH HEIGHT COLOURS NONWHITE%"
    python3 png.py crop FILE OUT W H     -> OUT: the top-left W x H of FILE

Reads 8-bit RGB and RGBA PNGs, non-interlaced (what Chromium writes);
writes RGB. Colours are counted on every pixel, after dropping alpha."""

import struct
import sys
import zlib


def read(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos, idat, w = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b'IHDR':
            w, h, depth, ctype, _, _, interlace = struct.unpack(
                '>IIBBBBB', body)
            if depth != 8 or ctype not in (2, 6) or interlace:
                raise ValueError('unsupported PNG: depth %d type %d '
                                 'interlace %d' % (depth, ctype, interlace))
            bpp = 3 if ctype == 2 else 4
        elif kind == b'IDAT':
            idat.append(body)
        elif kind == b'IEND':
            break
    if w is None:
        raise ValueError('no IHDR')
    raw = zlib.decompress(b''.join(idat))
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        off = y * (stride + 1)
        ft, line = raw[off], bytearray(raw[off + 1:off + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ft == 1:
                line[i] = (line[i] + a) & 255
            elif ft == 2:
                line[i] = (line[i] + b) & 255
            elif ft == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 255
            elif ft == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def rgb_rows(bpp, rows):
    if bpp == 3:
        return rows
    return [bytes(b for i, b in enumerate(r) if i % 4 != 3) for r in rows]


def write(path, w, h, rows):
    def chunk(kind, body):
        c = struct.pack('>I', len(body)) + kind + body
        return c + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
    raw = b''.join(b'\x00' + r for r in rows)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n')
        f.write(chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)))
        f.write(chunk(b'IDAT', zlib.compress(raw, 9)))
        f.write(chunk(b'IEND', b''))


def main(argv):
    if len(argv) >= 2 and argv[0] == 'stats':
        w, h, bpp, rows = read(argv[1])
        rows = rgb_rows(bpp, rows)
        colours, nonwhite = set(), 0
        for r in rows:
            for i in range(0, len(r), 3):
                px = r[i:i + 3]
                colours.add(px)
                if px != b'\xff\xff\xff':
                    nonwhite += 1
        print(w, h, len(colours), round(100.0 * nonwhite / (w * h), 1))
        return 0
    if len(argv) == 5 and argv[0] == 'crop':
        w, h, bpp, rows = read(argv[1])
        cw, ch = min(int(argv[3]), w), min(int(argv[4]), h)
        rows = rgb_rows(bpp, rows[:ch])
        write(argv[2], cw, ch, [r[:cw * 3] for r in rows])
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
