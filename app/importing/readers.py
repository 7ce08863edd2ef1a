"""Reading firm spreadsheets as streams of rows: CSV (encoding detected) and XLSX.

The file's kind is decided by its content, not its name: a ``.csv`` that is really an
XLSX is read as XLSX, and a PNG, a Word file or a ZIP archive is refused with a message that
says what it is. CSV encodings are detected and never guessed silently:

1. a byte-order mark (UTF-8, UTF-16) decides;
2. else the whole file must decode as strict UTF-8 (checked in 1 MiB chunks);
3. else it must decode cleanly as GB18030 (a superset of GBK and GB2312) *and*
   charset-normalizer must agree that the text is GB-encoded Chinese;
4. else a Chinese error names the encodings tried.

Every file-level problem raises :class:`~app.errors.UserError`; the importer has then written
nothing. Rows are yielded one at a time, so memory does not grow with the file.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.importing.headers import FIELDS, recognised_count
from resources.i18n import N_, _

HEADER_SCAN_ROWS = 15
CHUNK = 1 << 20
# csv's default field limit (128 KiB) is too small for long 经营范围 text, but an unclosed
# quote must not make one "cell" swallow a 500 MB file: 16 Mi characters is the bound.
CSV_FIELD_LIMIT = 16 * 1024 * 1024
DELIMITERS = (",", "\t", ";", "|")

FIX_HINT = N_("请在 Excel 或 WPS 中打开后另存为“CSV UTF-8（逗号分隔）”或 .xlsx 再导入。")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", N_("PNG 图片")),
    (b"\xff\xd8\xff", N_("JPEG 图片")),
    (b"GIF87a", N_("GIF 图片")),
    (b"GIF89a", N_("GIF 图片")),
    (b"%PDF", N_("PDF 文档")),
    (b"Rar!\x1a\x07", N_("RAR 压缩包")),
    (b"7z\xbc\xaf\x27\x1c", N_("7z 压缩包")),
    (b"\x1f\x8b", N_("gzip 压缩文件")),
    (b"BZh", N_("bzip2 压缩文件")),
    (b"SQLite format 3\x00", N_("SQLite 数据库")),
    (b"\x7fELF", N_("程序文件")),
    (b"II*\x00", N_("TIFF 图片")),
    (b"MM\x00*", N_("TIFF 图片")),
    (b"{\\rtf", N_("RTF 文档")),
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_GB_ENCODINGS = {"gb18030", "gbk", "gb2312", "hz", "cp936"}


@dataclass
class Sheet:
    """An opened spreadsheet positioned after its header row."""

    path: Path
    format: str  # 'csv' | 'xlsx'
    encoding: str | None  # Python codec of a CSV, None for XLSX
    encoding_label: str  # for people: 'UTF-8', 'GBK/GB18030（简体中文）', 'Excel 工作簿'
    header_row: int  # 1-based row number of the header
    headers: list[str]
    size: int
    sheet_name: str | None = None
    delimiter: str | None = None
    _rows: Iterator[tuple[int, list[Any]]] | None = field(default=None, repr=False)
    _position: Any = field(default=None, repr=False)
    _counter: list[int] = field(default_factory=lambda: [0], repr=False)
    _closers: list[Any] = field(default_factory=list, repr=False)

    def data_rows(self) -> Iterator[tuple[int, list[Any]]]:
        """(1-based row number, cells) of every row below the header."""
        assert self._rows is not None
        return self._rows

    def progress(self) -> tuple[int, int | None]:
        """(done, total) in KiB for CSV, rows for XLSX (total None when unknown)."""
        return self._position() if self._position else (0, None)

    def close(self) -> None:
        for close in reversed(self._closers):
            with contextlib.suppress(Exception):
                close()
        self._closers.clear()

    def __enter__(self) -> Sheet:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_sheet(path: str | os.PathLike[str], *, assume_header: bool = False) -> Sheet:
    """Open a CSV or XLSX file and find its header row; UserError for any file-level problem.

    ``assume_header``: when no header is recognised, take the first non-empty row (used when
    the person maps the columns by hand).
    """
    p = Path(path)
    kind, head = _classify(p)
    if kind == "xlsx":
        return _open_xlsx(p, assume_header)
    return _open_csv(p, head, assume_header)


def check_file(path: str | os.PathLike[str]) -> str:
    """The quick checks of :func:`open_sheet` (exists, readable, not empty, a spreadsheet kind
    by its first bytes): 'csv' or 'xlsx', else UserError. Reads only the head of the file."""
    return _classify(Path(path))[0]


def _classify(p: Path) -> tuple[str, bytes]:
    head = _read_head(p)
    if any(head.startswith(m) for m in ZIP_MAGICS):
        _xlsx_names(p)
        return "xlsx", head
    if head.startswith(OLE_MAGIC):
        raise UserError(
            _(
                "{name} 是旧版 Office 文件（.xls / .doc）或加密的 Excel 文件，无法直接读取。请在 Excel 或 WPS 中取消密码并另存为 .xlsx 或“CSV UTF-8”后再导入。"
            ).format(name=p.name)
        )
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise UserError(
                _("{name} 是{kind}，不是表格文件。请选择 CSV 或 Excel（.xlsx）文件。").format(
                    name=p.name, kind=_(kind)
                )
            )
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and head.count(
        b"\x00"
    ) > max(16, len(head) // 100):
        raise UserError(
            _(
                "{name} 不是文本表格：文件中有大量 0 字节（可能是二进制文件，或没有 BOM 的 UTF-16 文本）。{FIX_HINT}"
            ).format(name=p.name, FIX_HINT=_(FIX_HINT))
        )
    return "csv", head


def _xlsx_names(p: Path) -> set[str]:
    try:
        with zipfile.ZipFile(p) as zf:
            names = set(zf.namelist())
    except MemoryError as exc:
        raise UserError(
            _("{name} 过大，无法读取。{FIX_HINT}").format(name=p.name, FIX_HINT=_(FIX_HINT))
        ) from exc
    except Exception as exc:  # zipfile raises BadZipFile, NotImplementedError, EOFError, …
        raise UserError(
            _("{name} 是损坏的压缩文件，无法读取。{FIX_HINT}").format(
                name=p.name, FIX_HINT=_(FIX_HINT)
            )
        ) from exc
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            kind = N_("Word 文档")
        elif any(n.startswith("ppt/") for n in names):
            kind = N_("PowerPoint 演示文稿")
        elif "content.xml" in names:
            kind = N_("OpenDocument（WPS/LibreOffice）文件")
        else:
            kind = N_("ZIP 压缩包")
        raise UserError(
            _("{name} 是{kind}，不是 Excel 表格。{FIX_HINT}").format(
                name=p.name, kind=_(kind), FIX_HINT=_(FIX_HINT)
            )
        )
    return names


def _read_head(p: Path) -> bytes:
    try:
        if not p.exists():
            raise UserError(_("文件不存在：{p}").format(p=p))
        if p.is_dir():
            raise UserError(_("{p} 是文件夹，不是表格文件。").format(p=p))
        with p.open("rb") as fh:
            head = fh.read(CHUNK)
    except PermissionError as exc:
        raise UserError(_("没有权限读取文件：{p}").format(p=p)) from exc
    except OSError as exc:
        raise UserError(
            _("无法读取文件 {p}：{value}").format(p=p, value=exc.strerror or exc)
        ) from exc
    if not head.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise UserError(_("{name} 是空文件，没有可导入的内容。").format(name=p.name))
    return head


# -- CSV -------------------------------------------------------------------------------------


def _open_csv(p: Path, head: bytes, assume_header: bool) -> Sheet:
    size = p.stat().st_size
    # A BOM names the encoding: no decoding pass over the whole file first (the reader
    # decodes strictly, and a bad byte is reported with its row and rolls the import back).
    if head.startswith(codecs.BOM_UTF8):
        encoding, label = "utf-8-sig", N_("UTF-8（带 BOM）")
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, label = "utf-16", N_("UTF-16（Unicode 文本）")
    else:
        encoding, label = _detect_encoding(p, head)
    text_head = head.decode(encoding, errors="ignore")
    if encoding == "utf-8-sig" and text_head.startswith("\ufeff"):
        text_head = text_head[1:]
    if len(head) == CHUNK:  # cut at the last line break so the sample is whole rows
        cut = text_head.rfind("\n")
        if cut > 0:
            text_head = text_head[: cut + 1]
    delimiter = _sniff_delimiter(text_head)

    raw = p.open("rb")  # its position is the progress; the text layer reads ahead of it
    fh = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
    sheet = Sheet(
        path=p,
        format="csv",
        encoding=encoding,
        encoding_label=label,
        header_row=0,
        headers=[],
        size=size,
        delimiter=delimiter,
    )
    sheet._closers.append(fh.close)

    def position() -> tuple[int, int | None]:
        # KiB, so that a multi-GB file still fits a 32-bit progress bar.
        try:
            return raw.tell() >> 10, size >> 10
        except (OSError, ValueError):
            return 0, size >> 10

    sheet._position = position
    try:
        records = _csv_records(fh, delimiter, p.name)
        _locate_header(sheet, records, p.name, assume_header)
    except BaseException:
        sheet.close()
        raise
    return sheet


def _check_decodes(p: Path, encoding: str) -> tuple[bool, int, int]:
    """Decode the whole file strictly in chunks: (ok, byte offset of the first error,
    bytes that belonged to multi-byte characters before it)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    offset = 0
    multibyte = 0
    try:
        with p.open("rb") as fh:
            while True:
                chunk = fh.read(CHUNK)
                final = not chunk
                try:
                    text = decoder.decode(chunk, final=final)
                except UnicodeDecodeError as exc:
                    valid = chunk[: max(exc.start, 0)]
                    multibyte += len(valid) - len(valid.decode(encoding, errors="ignore"))
                    return False, offset + max(exc.start, 0), multibyte
                multibyte += len(chunk) - len(text)
                offset += len(chunk)
                if final:
                    return True, offset, multibyte
    except OSError as exc:
        raise UserError(
            _("无法读取文件 {p}：{value}").format(p=p, value=exc.strerror or exc)
        ) from exc


def _detect_encoding(p: Path, head: bytes) -> tuple[str, str]:
    ok, bad_at, multibyte = _check_decodes(p, "utf-8")
    if ok:
        return "utf-8", "UTF-8"
    if multibyte >= 60:
        # Many valid UTF-8 characters and then an invalid byte: a damaged or mixed file.
        # Decoding it as GBK would turn the UTF-8 part into mojibake without an error.
        raise UserError(
            _(
                "{name} 大部分内容是 UTF-8 编码，但第 {value} 个字节处出现无效字节：文件可能已损坏或混用了多种编码，无法可靠读取。{FIX_HINT}"
            ).format(name=p.name, value=bad_at + 1, FIX_HINT=_(FIX_HINT))
        )
    gb_ok, gb_bad_at, _text = _check_decodes(p, "gb18030")
    if gb_ok:
        sample = head[:32768]
        if bad_at > 32768:
            with p.open("rb") as fh:
                fh.seek(max(0, bad_at - 64))
                sample += b"\n" + fh.read(32768)
        if _looks_gb_chinese(sample):
            label = N_("GBK（简体中文）") if _decodes(p, "gbk") else N_("GB18030（简体中文）")
            return "gb18030", label
        reason = _("按 GBK/GB18030 解码虽无错误，但内容不像中文（可能是繁体 Big5 或西文编码）")
    else:
        reason = _(
            "按 UTF-8 解码在第 {utf8_at} 个字节处出错，按 GBK/GB18030 解码在第 {gb_at} 个字节处出错"
        ).format(utf8_at=bad_at + 1, gb_at=gb_bad_at + 1)
    raise UserError(
        _(
            "无法识别 {name} 的文字编码（已尝试 UTF-8、带 BOM 的 UTF-8、UTF-16、GBK/GB18030）：{reason}。{FIX_HINT}"
        ).format(name=p.name, reason=reason, FIX_HINT=_(FIX_HINT))
    )


def _decodes(p: Path, encoding: str) -> bool:
    return _check_decodes(p, encoding)[0]


def _looks_gb_chinese(sample: bytes) -> bool:
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(sample).best()
    except Exception:  # a detector failure is a "no", never a crash
        return False
    if best is None:
        return False
    return best.encoding.replace("-", "_").lower() in _GB_ENCODINGS


def _sniff_delimiter(text: str) -> str:
    """The delimiter under which the first rows contain the most known headers (default ',')."""
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        score = 0
        with contextlib.suppress(csv.Error):
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            for i, row in enumerate(reader):
                if i >= HEADER_SCAN_ROWS:
                    break
                score = max(score, recognised_count(row))
        if score > best_score:
            best, best_score = delimiter, score
    return best


_CSV_ERRORS = (
    (
        "field larger than field limit",
        N_("单元格超过 {limit} 个字符，很可能是引号不配对（某个单元格以英文双引号开头却没有结束）"),
    ),
    ("unexpected end of data", N_("文件末尾有未闭合的英文双引号（某个单元格的引号没有结束）")),
    ("expected after", N_("引号使用不规范：英文双引号结束后紧跟了其他字符")),
    ("new-line character seen in unquoted field", N_("单元格中的换行符未加引号")),
)


def _csv_records(fh: io.TextIOWrapper, delimiter: str, name: str) -> Iterator[tuple[int, list]]:
    reader = csv.reader(fh, delimiter=delimiter, strict=True)
    previous = csv.field_size_limit(CSV_FIELD_LIMIT)
    number = 0
    try:
        for number, row in enumerate(reader, 1):
            yield number, row
    except csv.Error as exc:
        text = str(exc)
        for english, chinese in _CSV_ERRORS:
            if english in text:
                reason = _(chinese).format(limit=f"{CSV_FIELD_LIMIT:,}")
                break
        else:
            reason = _("CSV 格式错误（{detail}）").format(detail=text)
        raise UserError(
            _(
                "{name} 第 {value} 行（文本第 {line_num} 行附近）：{reason}。文件未导入。{FIX_HINT}"
            ).format(
                name=name,
                value=number + 1,
                line_num=reader.line_num,
                reason=reason,
                FIX_HINT=_(FIX_HINT),
            )
        ) from exc
    except UnicodeDecodeError as exc:
        raise UserError(
            _(
                "{name} 第 {value} 行附近有无法按 {encoding} 解码的字节，文件未导入。{FIX_HINT}"
            ).format(name=name, value=number + 1, encoding=fh.encoding, FIX_HINT=_(FIX_HINT))
        ) from exc
    finally:
        csv.field_size_limit(previous)


# -- XLSX ------------------------------------------------------------------------------------


# Excel's own limits: a row or column number beyond them is a forged or damaged file (and
# openpyxl would fill the gap up to it with empty rows: "practically forever").
XLSX_MAX_ROW = 1_048_576
XLSX_MAX_COLUMN = 16_384
# Parts openpyxl loads whole are bounded before it reads them. The shared-strings table
# costs ≈ 140 bytes of memory per string besides its text (measured: 19 MB of
# <si><t>ab</t></si> peaks at 148 MB), so it is judged by an estimate from its strings and
# size; the other XML parts (workbook, styles: small in real files) by their unpacked size.
XLSX_STRINGS_BUDGET = 600 * 1024 * 1024
XLSX_BYTES_PER_STRING = 160
XLSX_PART_LIMIT = 50 * 1024 * 1024
XLSX_MANIFEST_LIMIT = 4 * 1024 * 1024
_SI_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s>/]")


def _shared_strings_cost(zf: zipfile.ZipFile, name: str) -> int:
    """Estimated memory (bytes) openpyxl needs for the shared-strings part ``name``, from a
    streaming count of its strings (memory-bounded, whatever the part unpacks to)."""
    count = 0
    size = 0
    tail = b""
    keep = 64
    with zf.open(name) as fh:
        while True:
            chunk = fh.read(CHUNK)
            buf = tail + chunk
            limit = len(buf) if not chunk else max(0, len(buf) - keep)
            count += sum(1 for m in _SI_TAG.finditer(buf) if m.start() < limit)
            if not chunk:
                break
            size += len(chunk)
            tail = buf[limit:]
            if count * XLSX_BYTES_PER_STRING + 2 * size > XLSX_STRINGS_BUDGET:
                break  # already too big: no need to unpack the rest
    return count * XLSX_BYTES_PER_STRING + 2 * size


def _check_xlsx_parts(p: Path) -> None:
    """Refuse a workbook whose wholly-loaded parts would take more memory than the budget."""
    from openpyxl.packaging.manifest import Manifest
    from openpyxl.xml.constants import ARC_CONTENT_TYPES, SHARED_STRINGS, WORKSHEET_TYPE
    from openpyxl.xml.functions import fromstring

    too_big = _(
        "{name} 的共享文字表或其他部件过大，超出本程序读取 Excel 文件的内存上限"
        "（{budget} MB，可能是恶意构造的文件）。"
        "大文件请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”再导入。"
    ).format(name=p.name, budget=XLSX_STRINGS_BUDGET >> 20)
    with zipfile.ZipFile(p) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        manifest_info = infos.get(ARC_CONTENT_TYPES)
        if manifest_info is None or manifest_info.file_size > XLSX_MANIFEST_LIMIT:
            raise UserError(
                _("{name} 缺少或有异常的内容类型清单，文件已损坏。{FIX_HINT}").format(
                    name=p.name, FIX_HINT=_(FIX_HINT)
                )
            )
        manifest = Manifest.from_tree(fromstring(zf.read(ARC_CONTENT_TYPES)))
        worksheets = {ct.PartName.lstrip("/") for ct in manifest.findall(WORKSHEET_TYPE)}
        strings = {ct.PartName.lstrip("/") for ct in manifest.findall(SHARED_STRINGS)}
        for name, info in infos.items():
            if name in strings:
                if _shared_strings_cost(zf, name) > XLSX_STRINGS_BUDGET:
                    raise UserError(too_big)
            elif (
                name not in worksheets
                and name.lower().endswith((".xml", ".rels"))
                and info.file_size > XLSX_PART_LIMIT
            ):
                raise UserError(too_big)


def open_workbook(p: Path) -> tuple[Any, Any]:
    """openpyxl's read-only workbook of ``p`` and the file it reads; UserError for a damaged
    or hostile file. The caller closes both and reads rows with :func:`xlsx_rows`."""
    import openpyxl

    fh = None
    try:
        _check_xlsx_parts(p)
        fh = p.open("rb")  # a file object: openpyxl would refuse a name not ending in .xlsx
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(fh, read_only=True, data_only=True), fh
    except BaseException as exc:
        if fh is not None:
            fh.close()
        if isinstance(exc, UserError):
            raise
        if isinstance(exc, MemoryError):
            raise UserError(
                _("{name} 过大，无法读取。{FIX_HINT}").format(name=p.name, FIX_HINT=_(FIX_HINT))
            ) from exc
        if isinstance(exc, Exception):  # openpyxl, zipfile and zlib raise many kinds
            raise UserError(
                _("无法读取 Excel 文件 {name}：文件可能已损坏（{exc}）。{FIX_HINT}").format(
                    name=p.name, exc=exc, FIX_HINT=_(FIX_HINT)
                )
            ) from exc
        raise


def xlsx_rows(ws: Any, name: str) -> Iterator[tuple[int, list[Any]]]:
    """(row number, values) of the rows a worksheet really holds, without openpyxl's filling
    of gaps; every problem inside the archive becomes a UserError naming the row."""
    from openpyxl.worksheet._reader import WorkSheetParser

    number = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = ws.parent
            with ws._get_source() as src:
                parser = WorkSheetParser(
                    src,
                    ws._shared_strings,
                    data_only=wb.data_only,
                    epoch=wb.epoch,
                    date_formats=wb._date_formats,
                    timedelta_formats=wb._timedelta_formats,
                )
                for idx, row in parser.parse():
                    if not 0 < idx <= XLSX_MAX_ROW or idx <= number:
                        raise UserError(
                            _(
                                "{name} 的工作表“{title}”中有行号异常的行（{idx}），文件已损坏或不是 Excel 保存的。{FIX_HINT}"
                            ).format(name=name, title=ws.title, idx=idx, FIX_HINT=_(FIX_HINT))
                        )
                    number = idx
                    width = max((c["column"] for c in row), default=0)
                    if width > XLSX_MAX_COLUMN or any(c["column"] < 1 for c in row):
                        raise UserError(
                            _(
                                "{name} 第 {idx} 行的列号超出 Excel 的范围，文件已损坏。{FIX_HINT}"
                            ).format(name=name, idx=idx, FIX_HINT=_(FIX_HINT))
                        )
                    cells: list[Any] = [None] * width
                    for c in row:
                        cells[c["column"] - 1] = c["value"]
                    while cells and cells[-1] is None:
                        cells.pop()
                    yield idx, cells
    except UserError:
        raise
    except Exception as exc:
        raise UserError(
            _("读取 Excel 文件 {name} 第 {value} 行时出错，文件可能已损坏（{exc}）。").format(
                name=name, value=number + 1, exc=exc
            )
        ) from exc


def _open_xlsx(p: Path, assume_header: bool) -> Sheet:
    wb, fh = open_workbook(p)
    size = p.stat().st_size
    tried: list[str] = []
    empty = True
    try:
        for ws in wb.worksheets:
            sheet = Sheet(
                path=p,
                format="xlsx",
                encoding=None,
                encoding_label=N_("Excel 工作簿（.xlsx）"),
                header_row=0,
                headers=[],
                size=size,
                sheet_name=ws.title,
            )
            records = xlsx_rows(ws, p.name)
            try:
                _locate_header(sheet, records, p.name, assume_header)
            except _NoHeader as exc:
                tried.append(ws.title)
                empty = empty and exc.empty
                continue
            total = ws.max_row if isinstance(ws.max_row, int) else None
            sheet._position = lambda c=sheet._counter, t=total: (c[0], t)
            sheet._closers.extend((fh.close, wb.close))
            return sheet
    except BaseException:
        wb.close()
        fh.close()
        raise
    wb.close()
    fh.close()
    if empty:
        raise UserError(_("{name} 的工作表都是空的，没有可导入的数据。").format(name=p.name))
    raise UserError(
        _(
            "{name} 的工作表（{value}）前 {HEADER_SCAN_ROWS} 行中都没有找到表头：表头行至少要有两个可识别的列名，例如“{name2}”“{uscc}”“所属城市”。"
        ).format(
            name=p.name,
            value="、".join(tried) or _("无"),
            HEADER_SCAN_ROWS=HEADER_SCAN_ROWS,
            name2=FIELDS["name"],
            uscc=FIELDS["uscc"],
        )
    )


# -- header ----------------------------------------------------------------------------------


class _NoHeader(UserError):
    def __init__(self, message: str, empty: bool = False):
        super().__init__(message)
        self.empty = empty


def _header_text(cell: Any) -> str:
    return "" if cell is None else str(cell).strip()


def _locate_header(
    sheet: Sheet, records: Iterator[tuple[int, list]], name: str, assume_header: bool = False
) -> None:
    """Find the header among the first rows (a title row above it is common).

    With ``assume_header`` (the user maps the columns by hand) the first non-empty row is the
    header when none is recognised.
    """
    buffered: list[tuple[int, list]] = []
    for number, row in records:
        buffered.append((number, row))
        if len(buffered) >= HEADER_SCAN_ROWS:
            break
    found = next((i for i, (_, row) in enumerate(buffered) if recognised_count(row) >= 2), None)
    if found is None and assume_header:
        found = next(
            (i for i, (_, row) in enumerate(buffered) if any(c not in (None, "") for c in row)),
            None,
        )
    if found is None:
        if not any(any(c not in (None, "") for c in row) for _, row in buffered):
            raise _NoHeader(
                _("{name} 中没有任何内容，没有可导入的数据。").format(name=name), empty=True
            )
        raise _NoHeader(
            _(
                "{name} 前 {rows} 行中没有找到表头：表头行至少要有两个可识别的列名，"
                "例如“{name_field}”“{uscc_field}”“所属城市”。若表头用了别的叫法，"
                "请在导入向导中为各列选择字段，或用 chainfill import 文件 --map 列名=字段 指定。"
            ).format(
                name=name,
                rows=HEADER_SCAN_ROWS,
                name_field=FIELDS["name"],
                uscc_field=FIELDS["uscc"],
            )
        )
    number, row = buffered[found]
    sheet.header_row = number
    sheet.headers = [_header_text(c) for c in row]
    counter = sheet._counter
    counter[0] = number
    following = buffered[found + 1 :]

    def rest() -> Iterator[tuple[int, list]]:
        for n, cells in following:
            counter[0] = n
            yield n, cells
        following.clear()
        for n, cells in records:
            counter[0] = n
            yield n, cells

    sheet._rows = rest()
