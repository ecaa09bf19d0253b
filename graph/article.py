"""Ingest: a file becomes an `Article` (id, metadata, body text)."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .boilerplate import Block, classify, main_body

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
DEFAULT_MAX_BYTES = 20_000_000
_HEADER = re.compile(r"^(Title|Date|Source|Author|URL)\s*:\s*(.*)$", re.IGNORECASE)
_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9


class ArticleError(ValueError):
    """An article file that cannot be used; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


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


def decode(data: bytes, path: Path | str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1 when it is plainly text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ArticleError(path, f"starts with a UTF-16 byte-order mark but is not valid UTF-16 ({e.reason} at byte {e.start})")
    if b"\x00" in data[:4096]:
        raise ArticleError(path, "is a binary file (it contains NUL bytes), not text; expected a UTF-8 text or HTML article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        # Latin-1 text: high bytes in the printable Latin-1 range, no C1 control characters.
        if not re.search(rb"[\x80-\x9f]", data) and _printable_share(data) > 0.95:
            return data.decode("latin-1")
        raise ArticleError(path, f"is not valid UTF-8 ({e.reason} at byte {e.start}) and does not look like Latin-1 text; re-save it as UTF-8")


def _printable_share(data: bytes) -> float:
    sample = data[:65536]
    ok = sum(1 for b in sample if b >= 0x20 or b in (9, 10, 13))
    return ok / max(1, len(sample))


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


def _looks_like_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in (".html", ".htm"):
        return True
    head = text.lstrip()[:512].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def _title_like(text: str) -> bool:
    words = text.split()
    if not 3 <= len(words) <= 25 or "|" in text:
        return False
    caps = sum(w[:1].isupper() for w in words) / len(words)
    return text.rstrip().endswith("?") or (caps >= 0.6 and not text.rstrip().endswith("."))


def read_article(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file. Raises ArticleError naming the file and the reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(path, f"is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)")
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(path, f"cannot be read: {e.strerror or e}")
    text = decode(data, path)
    if not text.strip():
        raise ArticleError(path, "is empty (no text after decoding)")
    return article_from_text(text, path)


def article_from_text(text: str, path: Path | str) -> Article:
    path = Path(path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    warnings: list[str] = []
    meta: dict[str, str] = {}
    date_source = None
    if _looks_like_html(path, text):
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
    blocks = [Block(0, b) for b in raw_blocks]
    first, last = main_body(blocks)
    if first >= last:
        body_blocks = [b.text for b in blocks if classify(b.text) != "debris"]
        if body_blocks:
            warnings.append("no article body found by the boilerplate filter; kept every block that is not debris")
    else:
        body_blocks = [b.text for b in blocks[first:last]]
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
    body = "\n\n".join(body_blocks)
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
