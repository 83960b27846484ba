#!/usr/bin/env python3
"""Draws the CopOffice add-in icons (wwwroot/assets/icon-{16,32,64,80}.png): the 2x2 value matrix
(short/long term x members/organisation) as four rounded tiles on transparent ground, one tile in
the accent colour. Plain Python (zlib) so it runs anywhere: python3 Icons/make-icons.py"""
import os, struct, zlib

TILES = [((0, 0), (0x0F, 0x6C, 0xBD)), ((1, 0), (0x47, 0x9E, 0xF5)),
         ((0, 1), (0x11, 0x5E, 0xA3)), ((1, 1), (0x10, 0x7C, 0x41))]
SUPER = 8  # samples per pixel edge, for smooth edges


def inside_rounded(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def draw(size):
    gap = max(1.0, size / 16)
    margin = size / 16
    tile = (size - 2 * margin - gap) / 2
    radius = tile * 0.22
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SUPER):
                for sx in range(SUPER):
                    x = px + (sx + 0.5) / SUPER
                    y = py + (sy + 0.5) / SUPER
                    for (cx, cy), rgb in TILES:
                        x0 = margin + cx * (tile + gap)
                        y0 = margin + cy * (tile + gap)
                        if inside_rounded(x, y, x0, y0, x0 + tile, y0 + tile, radius):
                            acc[0] += rgb[0]; acc[1] += rgb[1]; acc[2] += rgb[2]; acc[3] += 255
                            break
            n = SUPER * SUPER
            alpha = acc[3] // n
            if alpha:
                covered = acc[3] // 255
                row += bytes([acc[0] // covered, acc[1] // covered, acc[2] // covered, alpha])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(w, h, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "wwwroot", "assets")
    os.makedirs(out, exist_ok=True)
    for size in (16, 32, 64, 80):
        with open(os.path.join(out, f"icon-{size}.png"), "wb") as f:
            f.write(draw(size))
