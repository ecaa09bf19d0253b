"""Atomic writers: every output is written to a temporary name in its folder, then renamed.

A temporary file is called `.<name>.<pid>.<random>.tmp`, so a reader never sees a
half-written output, and a later build can tell the leftovers of a killed build (the
pid is gone) from the files of a build still running. `Staging` writes several files
and renames them together at the end, so the merged outputs of a build are replaced
only once every one of them has been written.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import secrets
from pathlib import Path

from rdflib import Dataset, Graph

_TEMP = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$")


def temp_name(path: Path) -> Path:
    name = path.name.encode("utf-8")[:120].decode("utf-8", "ignore")    # stays under NAME_MAX
    return path.parent / f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"


def temp_owner(path: Path) -> int | None:
    """The pid that wrote a temporary file of ours, or None when `path` is not one."""
    m = _TEMP.match(path.name)
    return int(m.group(1)) if m else None


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _new_temp(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        tmp = temp_name(path)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)   # the umask applies, as for open()
        except FileExistsError:
            continue
        os.close(fd)
        return tmp


@contextlib.contextmanager
def atomic_path(path: Path | str):
    """Yield a temporary path beside `path`; rename it over `path` only if the block succeeds."""
    path = Path(path)
    tmp = _new_temp(path)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write(tmp: Path, text: str, fsync: bool) -> None:
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.flush()
        if fsync:
            os.fsync(f.fileno())


def write_text(path: Path | str, text: str, fsync: bool = True) -> None:
    with atomic_path(path) as tmp:
        _write(tmp, text, fsync)


def write_turtle(path: Path | str, g: Graph) -> None:
    from .serialize import turtle
    write_text(path, turtle(g))


def write_trig(path: Path | str, ds: Dataset) -> None:
    write_text(path, ds.serialize(format="trig"))


def csv_text(header: list[str], rows: list[list]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def write_csv(path: Path | str, header: list[str], rows: list[list]) -> None:
    write_text(path, csv_text(header, rows))


def json_text(data) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_json(path: Path | str, data) -> None:
    write_text(path, json_text(data))


class Staging:
    """Write several outputs to temporary names; `commit()` renames them all into place.

    If the block fails (or the process dies) before `commit()`, no output is replaced
    and the temporary files are removed (or left for the next build to clean up).
    """

    def __init__(self):
        self._files: list[tuple[Path, Path]] = []   # (temporary, final)

    def path(self, final: Path | str) -> Path:
        """A fresh temporary path to write `final`'s content to (any writer may use it)."""
        final = Path(final)
        tmp = _new_temp(final)
        self._files.append((tmp, final))
        return tmp

    @contextlib.contextmanager
    def open(self, final: Path | str):
        tmp = self.path(final)
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())

    def write_text(self, final: Path | str, text: str) -> None:
        _write(self.path(final), text, True)

    def commit(self) -> None:
        for tmp, _ in self._files:           # make the content durable before any rename
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
        for tmp, final in self._files:
            os.replace(tmp, final)
        for folder in {final.parent for _, final in self._files}:
            _fsync_dir(folder)
        self._files = []

    def discard(self) -> None:
        for tmp, _ in self._files:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        self._files = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.discard()
        return False
