"""Ingest: a file becomes an `Article` (id, metadata, body text)."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .boilerplate import Block, classify, main_body
from .language import not_english

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
DEFAULT_MAX_BYTES = 20_000_000     # file size
DEFAULT_MAX_CHARS = 200_000        # article body, in characters (spaCy needs ~1 GB per 250,000)
_HEADER = re.compile(r"^(Title|Date|Source|Author|URL)\s*:\s*(.*)$", re.IGNORECASE)
_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9


class ArticleError(ValueError):
    """An article file that cannot be used; the message names the file and the reason.

    `kind` sorts the reasons: 'unreadable', 'empty', 'binary', 'encoding', 'too-large',
    'no-text', 'not-english', 'duplicate', 'extraction'.
    """

    def __init__(self, path: Path | str, reason: str, kind: str = "unreadable"):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
        self.kind = kind


@dataclass(frozen=True)
class Article:
    """One article: `text` is the body that extraction reads and that claim offsets index."""

    id: str
    path: str
    text: str
    title: str | None = None
    date: _dt.date | None = None
    date_source: str | None = None      # 'header', 'html', 'dateline', 'inferred'
    source: str | None = None
    warnings: tuple[str, ...] = field(default=())


def parse_date(text: str) -> _dt.date | None:
    """'14 May 2021', 'May 14, 2021', '2019-05-29', '2019-05-29T10:00:00Z' -> date; None if not a date."""
    t = text.strip().strip("[]").strip()
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m1 = re.match(r"^(?:\w+,\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$", t)
        m2 = re.match(r"^(?:\w+,\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$", t)
        if m1 and m1.group(2).lower() in _MONTHS:
            d, mo, y = int(m1.group(1)), _MONTHS[m1.group(2).lower()], int(m1.group(3))
        elif m2 and m2.group(1).lower() in _MONTHS:
            mo, d, y = _MONTHS[m2.group(1).lower()], int(m2.group(2)), int(m2.group(3))
        else:
            return None
    try:
        return _dt.date(y, mo, d)
    except ValueError:
        return None


def article_id(path: Path) -> str:
    """The stable id of an article: its file name without the suffix."""
    return path.stem if path.suffix.lower() in ARTICLE_SUFFIXES else path.name


_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon image"), (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub file)"), (b"\x1f\x8b", "a gzip archive"),
    (b"BZh91AY&SY", "a bzip2 archive"), (b"\xfd7zXZ\x00", "an xz archive"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"), (b"\x7fELF", "an executable program"),
    (b"MZ\x90\x00", "a Windows executable"), (b"OggS\x00", "an Ogg media file"), (b"ID3\x03\x00", "an MP3 audio file"),
    (b"ID3\x04\x00", "an MP3 audio file"), (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"), (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"), (b"\xff\xfe", "utf-16-le", "UTF-16"), (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
# A well-formed UTF-8 multi-byte sequence: in a file that is not valid UTF-8, these say "corrupted UTF-8", not Latin-1.
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                       rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                       rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when `data` is BOM-less UTF-16 text (every other byte NUL), else None."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, path: Path | str) -> tuple[str, str | None]:
    """Bytes to (text, note): UTF-8 (with or without BOM), UTF-16/32 with BOM or plainly UTF-16, else
    Windows-1252/Latin-1 when that is plainly what it is. `note` says how a file that is not
    UTF-8 was read. Raises ArticleError for binary files and text in no encoding we can tell."""
    if not data:
        raise ArticleError(path, "is empty (0 bytes)", "empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(path, f"is {what}, not a text article (expected UTF-8 text or an HTML page)", "binary")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as e:
                raise ArticleError(path, f"starts with a {name} byte-order mark but is not valid {name} "
                                   f"({e.reason} at byte {e.start + len(bom)})", "encoding")
            return text, (None if name == "UTF-8" else f"decoded as {name} (byte-order mark)")
    codec = _utf16_without_bom(data)
    if codec:
        try:
            return data.decode(codec), f"decoded as {codec.upper()} (no byte-order mark)"
        except UnicodeDecodeError:
            pass
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ArticleError(path, f"is a binary file (a NUL byte at byte {nul}), not text; "
                           "expected UTF-8 text or an HTML page", "binary")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        where = f"{e.reason} at byte {e.start} (line {_line_of(data, e.start)})"
        if _UTF8_SEQ.search(data):
            raise ArticleError(path, f"is not valid UTF-8: {where}; the rest of it is UTF-8, so the file is "
                               "probably damaged; re-save it as UTF-8", "encoding")
        try:
            text, codec = data.decode("cp1252"), "Windows-1252 (Latin-1)"
        except UnicodeDecodeError:
            text, codec = data.decode("latin-1"), "Latin-1"
        if _printable_share(text) > 0.98:
            return text, f"not UTF-8; decoded as {codec}"
        raise ArticleError(path, f"is not valid UTF-8 ({where}) and does not look like Latin-1 text either; "
                           "re-save it as UTF-8", "encoding")


def _printable_share(text: str) -> float:
    sample = text[:65536]
    bad = len(_CONTROL.findall(sample))
    return 1 - bad / max(1, len(sample))


class _HTMLBlocks(HTMLParser):
    """Collects text blocks, the <title> and date meta tags of an HTML page."""

    _BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote", "section",
              "article", "header", "footer", "br", "tr", "figcaption", "pre", "dd", "dt"}
    _SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "aside", "form", "button", "iframe"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.title: str | None = None
        self.h1: str | None = None
        self.date: str | None = None
        self._buf: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in ("article:published_time", "date", "pubdate", "datepublished", "dc.date", "og:published_time"):
                self.date = self.date or a.get("content")
        if tag == "title":
            self._in_title = True
        if tag in self._SKIP and tag != "head":
            self._skip += 1
        if tag == "h1":
            self._in_h1 = True
        if tag in self._BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP and tag != "head" and self._skip:
            self._skip -= 1
        if tag == "h1":
            self._in_h1 = False
        if tag in self._BLOCK:
            self._flush()

    def handle_data(self, data):
        if self._in_title:
            self.title = ((self.title or "") + data).strip() or None
            return
        if self._skip:
            return
        if self._in_h1:
            self.h1 = ((self.h1 or "") + " " + data).strip()
        self._buf.append(data)

    def _flush(self):
        text = re.sub(r"\s+", " ", "".join(self._buf)).strip()
        if text:
            self.blocks.append(text)
        self._buf = []

    def close(self):
        super().close()
        self._flush()


_TAG = re.compile(r"</?(?:p|div|span|a|br|li|ul|h[1-6]|script|table|tr|td|meta|link|img|section|article)\b[^<>]*>",
                  re.IGNORECASE)


def _looks_like_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in (".html", ".htm"):
        return True
    head = text.lstrip()[:2048].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(r"<(html|head|body)\b", head):
        return True
    return len(_TAG.findall(text[:20000])) >= 8


def _title_like(text: str) -> bool:
    words = text.split()
    if not 3 <= len(words) <= 25 or "|" in text:
        return False
    caps = sum(w[:1].isupper() for w in words) / len(words)
    return text.rstrip().endswith("?") or (caps >= 0.6 and not text.rstrip().endswith("."))


def read_article(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Read one article file. Raises ArticleError naming the file and the reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(path, f"is {size:,} bytes, over the limit of {max_bytes:,} bytes "
                               "(raise it with --max-bytes)", "too-large")
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(path, f"cannot be read: {e.strerror or e}", "unreadable")
    text, note = decode(data, path)
    if not text.strip():
        raise ArticleError(path, f"contains only whitespace ({len(data):,} bytes, no text)", "empty")
    if _printable_share(text) < 0.9:
        raise ArticleError(path, "is a binary file (more than 10% control characters), not text", "binary")
    return article_from_text(text, path, max_chars=max_chars, notes=(note,) if note else ())


_CHARS_HINT = "(raise it with --max-chars; parsing takes about 1 GB of memory per 250,000 characters)"


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\ufeff", "")
    text = _CONTROL.sub(lambda m: "\n" if m.group() in "\x0c\x85" else " ", text)
    return _SURROGATE.sub("\ufffd", text)


def article_from_text(text: str, path: Path | str, max_chars: int = DEFAULT_MAX_CHARS,
                      notes: tuple[str, ...] = ()) -> Article:
    """An article from its decoded text. Raises ArticleError when the text has no usable English body."""
    path = Path(path)
    html = _looks_like_html(path, text)
    if not html and len(text) > 4 * max_chars:    # a text file's body is most of it: no need to look further
        raise ArticleError(path, f"has {len(text):,} characters of text, far over the limit of {max_chars:,} for an "
                           f"article body {_CHARS_HINT}", "too-large")
    text = _clean(text)
    warnings: list[str] = list(notes)
    meta: dict[str, str] = {}
    date_source = None
    if html:
        if path.suffix.lower() not in (".html", ".htm"):
            warnings.append("is an HTML page: read as HTML (its text, without markup)")
        parser = _HTMLBlocks()
        parser.feed(text)
        parser.close()
        raw_blocks = parser.blocks
        meta_title = parser.h1 or parser.title
        if parser.title or parser.h1:
            meta["title"] = meta_title
        if parser.date:
            meta["date"] = parser.date
            date_source = "html"
    else:
        lines = text.split("\n")
        body_lines = []
        in_header = True
        for line in lines:
            m = _HEADER.match(line.strip()) if in_header else None
            if m and m.group(1).lower() not in meta:
                meta[m.group(1).lower()] = m.group(2).strip()
                continue
            if line.strip():
                in_header = False
            body_lines.append(line)
        raw_blocks = [ln.strip() for ln in body_lines if ln.strip()]
        if "date" in meta:
            date_source = "header"
    if not raw_blocks:
        raise ArticleError(path, "has no article text (only header lines or markup)", "no-text")
    foreign = not_english("\n".join(raw_blocks[:2000]))
    if foreign:
        raise ArticleError(path, f"is not English ({foreign}); claimgraph reads English articles only", "not-english")
    blocks = [Block(0, b) for b in raw_blocks]
    first, last = main_body(blocks)
    if first >= last:
        body_blocks = [b.text for b in blocks if classify(b.text) != "debris"]
        if body_blocks:
            warnings.append("no article body found by the boilerplate filter; kept every block that is not debris")
    else:
        body_blocks = [b.text for b in blocks[first:last]]
    body = "\n\n".join(body_blocks)
    if not body.strip():
        raise ArticleError(path, f"has no article text: its {len(blocks)} block(s) of text are all page furniture "
                           "(menus, links, captions), no sentences", "no-text")
    if len(body) > max_chars:
        raise ArticleError(path, f"has an article body of {len(body):,} characters, over the limit of {max_chars:,} "
                           f"{_CHARS_HINT}", "too-large")
    title = meta.get("title")
    if title:
        title = title.strip().strip("[]").strip() or None
    if not title:
        title = next((b.text for b in blocks[:first] if _title_like(b.text)), None)
    date = None
    if "date" in meta:
        date = parse_date(meta["date"])
        if date is None:
            warnings.append(f"malformed Date header {meta['date']!r}: expected a date such as '2021-05-14' or '14 May 2021'; the article's date is unknown")
            date_source = None
    if date is None:
        date, date_source = _infer_date(body)
    return Article(id=article_id(path), path=str(path), text=body, title=title, date=date,
                   date_source=date_source, source=meta.get("source") or meta.get("url"), warnings=tuple(warnings))


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_MONTH_DAY = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})\b")


def _infer_date(body: str) -> tuple[_dt.date | None, str | None]:
    """An undated article's reference date, only when its text supports it.

    The latest year the text names is taken as the article's year; the latest
    'Month day' in that year that the text names gives the day (else the year's
    latest month named; else 1 January of that year is not guessed: None).
    """
    years = [int(y) for y in _YEAR.findall(body)]
    if not years:
        return None, None
    year = max(years)
    days = []
    for m in _MONTH_DAY.finditer(body):
        try:
            days.append(_dt.date(year, _MONTHS[m.group(1).lower()], int(m.group(2))))
        except ValueError:
            pass
    if days:
        return max(days), "inferred"
    return None, None
