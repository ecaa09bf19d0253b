"""Dates: normalise a date expression to ISO with its precision, relative ones against the article date."""
from __future__ import annotations

import datetime as _dt
import re

from .claim import EventDate

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"


_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}


def _date(y, m, d) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, ref: _dt.date | None, day: int = 1) -> int | None:
    """The year of a month named without one: the article's year, or the previous year when that
    month would lie well after the article date (news reports the past)."""
    if ref is None:
        return None
    if (month, day) > (ref.month, ref.day) and month - ref.month > 1:
        return ref.year - 1
    return ref.year


# "the same day", "later that day": a date that stands for the one told just before
ANAPHORIC_DATE = re.compile(r"^(later|earlier)?\s*(on\s+)?(that|the same)\s+(day|morning|afternoon|evening|night)$",
                            re.IGNORECASE)


# Holidays on a fixed day of the year (month, day).
_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24),
             "christmas": (12, 25), "boxing day": (12, 26), "valentine's day": (2, 14), "halloween": (10, 31)}

_HOLIDAY_RE = re.compile(r"(?:the\s+)?(?:last\s+)?(" + "|".join(sorted(_HOLIDAYS, key=len, reverse=True)) + r")(?:\s+(\d{4}))?")


def is_holiday(text: str) -> bool:
    """'New Year's Day', 'Christmas Eve 2019': a holiday on a fixed day of the year."""
    return _HOLIDAY_RE.fullmatch(text.lower().strip().replace("’", "'")) is not None


def normalise(text: str, ref: _dt.date | None) -> EventDate | None:
    """'May 8', 'on Tuesday', 'last week', 'in February', 'October 2012', '1993', '28 June 2022',
    'May 8-9' (-> the first day), 'yesterday', 'this year', 'earlier this year', 'last June'."""
    t = text.lower().strip()
    t = re.sub(r"^(later|earlier)\s+(?=(on\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day)", "", t)   # "later Tuesday"
    t = re.sub(r"^(on|in|since|from|by|as of|until|till|during|of)\s+", "", t)
    t = t.replace("–", "-").replace("—", "-")
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        d = _date(*map(int, m.groups()))
        return EventDate(d.isoformat(), "day") if d else None
    # 28 June 2022 / June 28, 2022 / June 28-29, 2022
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*-\s*\d{1,2})?\s+" + _MONTH_RE + r",?\s+(\d{4})\b", t)
    if m:
        d = _date(int(m.group(3)), _MONTHS[m.group(2)[:3] if m.group(2)[:4] != "sept" else "sept"], int(m.group(1)))
        return EventDate(d.isoformat(), "day") if d else None
    m = re.search(_MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*-\s*\d{1,2})?,?\s+(\d{4})\b", t)
    if m:
        d = _date(int(m.group(3)), _MONTHS[m.group(1)[:3]], int(m.group(2)))
        return EventDate(d.isoformat(), "day") if d else None
    # October 2012
    m = re.search(_MONTH_RE + r",?\s+(\d{4})\b", t)
    if m:
        return EventDate(f"{int(m.group(2)):04d}-{_MONTHS[m.group(1)[:3]]:02d}", "month")
    # September last year / June 5 of this year / early March next year
    m = re.fullmatch(r"(?:early|late|mid|-|\s)*" + _MONTH_RE + r"(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(last|this|next)\s+year", t)
    if m and ref is not None:
        y = ref.year + {"last": -1, "this": 0, "next": 1}[m.group(3)]
        mo = _MONTHS[m.group(1)[:3]]
        if m.group(2):
            d = _date(y, mo, int(m.group(2)))
            return EventDate(d.isoformat(), "day") if d else None
        return EventDate(f"{y:04d}-{mo:02d}", "month")
    # May 8 / 8 May (year from the article)
    m = re.search(_MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b", t) or None
    if m:
        mo, day = _MONTHS[m.group(1)[:3]], int(m.group(2))
        y = _year_for(mo, ref, day)
        d = _date(y, mo, day) if y else None
        return EventDate(d.isoformat(), "day") if d else None
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r"(?!\w)", t)
    if m:
        mo, day = _MONTHS[m.group(2)[:3]], int(m.group(1))
        y = _year_for(mo, ref, day)
        d = _date(y, mo, day) if y else None
        return EventDate(d.isoformat(), "day") if d else None
    # a bare year, "the 1990s" is not a date
    m = re.fullmatch(r"(?:the\s+)?(?:year\s+)?(\d{4})", t)
    if m and 1800 <= int(m.group(1)) <= 2100:
        return EventDate(m.group(1), "year")
    if ref is None:
        return None
    # three days ago / two weeks ago / a year ago
    m = re.fullmatch(r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week|month|year)s?\s+ago", t)
    if m:
        n = _SMALL[m.group(1)] if m.group(1) in _SMALL else int(m.group(1))
        unit = m.group(2)
        if unit == "day":
            return EventDate((ref - _dt.timedelta(days=n)).isoformat(), "day")
        if unit == "week":
            d = ref - _dt.timedelta(days=7 * n)
            return EventDate(f"{d.year:04d}-{d.month:02d}", "month")
        if unit == "month":
            y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
            return EventDate(f"{y:04d}-{mo + 1:02d}", "month")
        return EventDate(f"{ref.year - n:04d}", "year")
    # last June / in February / this month
    m = re.fullmatch(r"(?:last|this|early|late|mid|earlier|in)?\s*-?\s*" + _MONTH_RE, t)
    if m:
        mo = _MONTHS[m.group(1)[:3]]
        if t.startswith("last"):
            y = ref.year - 1 if mo >= ref.month else ref.year
        else:
            y = _year_for(mo, ref)
        return EventDate(f"{y:04d}-{mo:02d}", "month")
    # "New Year's Day", "on Christmas Eve": fixed-date holidays, the last one on or before the article
    m = _HOLIDAY_RE.fullmatch(t.replace("’", "'"))
    if m:
        mo, day = _HOLIDAYS[m.group(1)]
        y = int(m.group(2)) if m.group(2) else ref.year - ((mo, day) > (ref.month, ref.day))
        return EventDate(_dt.date(y, mo, day).isoformat(), "day")
    if t in ("today", "this morning", "this afternoon", "tonight", "this evening"):
        return EventDate(ref.isoformat(), "day")
    if t in ("yesterday", "last night"):
        return EventDate((ref - _dt.timedelta(days=1)).isoformat(), "day")
    m = re.fullmatch(r"(last\s+|this\s+past\s+|this\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", t)
    if m:
        delta = (ref.weekday() - _WEEKDAYS[m.group(2)]) % 7
        if delta == 0 and m.group(1) and m.group(1).strip() in ("last", "this past"):
            delta = 7                   # "last Friday" said on a Friday
        return EventDate((ref - _dt.timedelta(days=delta)).isoformat(), "day")
    if t in ("last week", "earlier this week", "this week", "the past week"):
        d = ref - _dt.timedelta(days=7 if "last" in t or "past" in t else 0)
        return EventDate(f"{d.year:04d}-{d.month:02d}", "month")
    if t in ("this month", "earlier this month"):
        return EventDate(f"{ref.year:04d}-{ref.month:02d}", "month")
    if t == "last month":
        d = ref.replace(day=1) - _dt.timedelta(days=1)
        return EventDate(f"{d.year:04d}-{d.month:02d}", "month")
    if t in ("this year", "earlier this year", "later this year"):
        return EventDate(f"{ref.year:04d}", "year")
    if t == "last year":
        return EventDate(f"{ref.year - 1:04d}", "year")
    m = re.search(r"\b(\d{4})\b", t)
    if m and 1800 <= int(m.group(1)) <= 2100 and not re.search(r"\d{4}s\b", t):
        return EventDate(m.group(1), "year")
    return None


def next_day(d: EventDate) -> EventDate | None:
    if d.precision != "day":
        return None
    return EventDate((_dt.date.fromisoformat(d.iso) + _dt.timedelta(days=1)).isoformat(), "day")
