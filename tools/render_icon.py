"""Render the application icon from resources/icons/chainfill.svg.

Writes chainfill-<n>.png for the usual sizes, chainfill.png (256 px, the window icon on Linux)
and chainfill.ico (every size in one file, PNG-compressed entries as Windows Vista and later
read them; PyInstaller embeds it in chainfill.exe). Qt renders the SVG, so nothing but the
project's own venv is needed::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/render_icon.py

The outputs are committed; run this again only after editing the SVG.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding one PNG entry per size (ICONDIR + ICONDIRENTRYs + data)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO format
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed by Qt)
    renderer = QSvgRenderer(str(ICONS / "chainfill.svg"))
    if not renderer.isValid():
        print("chainfill.svg could not be read", file=sys.stderr)
        return 1
    pngs = {size: render_png(renderer, size) for size in SIZES}
    for size, png in pngs.items():
        (ICONS / f"chainfill-{size}.png").write_bytes(png)
    (ICONS / "chainfill.png").write_bytes(pngs[256])
    (ICONS / "chainfill.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {len(pngs)} PNGs, chainfill.png and chainfill.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
