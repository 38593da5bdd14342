"""Lays the gallery's PNGs out as one SVG page (six to a row, each with its name), for
scripts/gallery to turn into contact-sheet.png. Images are embedded, so the sheet stands alone."""
import base64
import html
import struct
import sys
from pathlib import Path

COLUMNS, CELL_WIDTH, CELL_HEIGHT, CAPTION = 6, 320, 230, 18


def size(png: bytes):
    """Width and height from a PNG's IHDR chunk."""
    return struct.unpack(">II", png[16:24])


def main(folder: str, target: str):
    images = sorted(p for p in Path(folder).glob("*.png") if p.name != "contact-sheet.png")
    rows = (len(images) + COLUMNS - 1) // COLUMNS
    width, height = COLUMNS * CELL_WIDTH, rows * (CELL_HEIGHT + CAPTION)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
             f'width="{width}" height="{height}"><rect width="{width}" height="{height}" fill="#ffffff"/>']
    for index, path in enumerate(images):
        data = path.read_bytes()
        w, h = size(data)
        scale = min((CELL_WIDTH - 10) / w, (CELL_HEIGHT - 10) / h)
        x = (index % COLUMNS) * CELL_WIDTH + 5
        y = (index // COLUMNS) * (CELL_HEIGHT + CAPTION) + 5
        encoded = base64.b64encode(data).decode("ascii")
        parts.append(f'<image x="{x}" y="{y}" width="{w * scale:.1f}" height="{h * scale:.1f}" '
                     f'xlink:href="data:image/png;base64,{encoded}"/>')
        parts.append(f'<text x="{x}" y="{y + CELL_HEIGHT + 6}" font-family="DejaVu Sans" font-size="12">'
                     f'{html.escape(path.stem)}</text>')
    parts.append("</svg>")
    Path(target).write_text("\n".join(parts))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
