"""The pure normalisers, table-driven: date expressions (graph/timex.py) against an article date, and
numbers, money and percentages (graph/quantities.py). Rows that fail today are strict xfails that say
which rule is missing."""
from __future__ import annotations

import datetime as dt

import pytest

from graph.claim import EventDate, Quantity
from graph.quantities import parse_quantity
from graph.timex import next_day, normalise

REF = dt.date(2024, 3, 15)      # a Friday


def ok(*values):
    return pytest.param(*values, id=_id(values))


def gap(*values, reason):
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason), id=_id(values))


def _id(values):
    return "@".join(str(v) for v in values[:-1])


def _rows(rows):
    """Plain tuples as params with readable ids ('on Tuesday@2024-03-15')."""
    return [r if hasattr(r, "marks") else pytest.param(*r, id=_id(r)) for r in rows]


# ---------------------------------------------------------------------------------------------
# dates: text, article date -> (iso, precision) or None

DATES = [
    # absolute
    ("28 June 2022", REF, ("2022-06-28", "day")),
    ("June 28, 2022", REF, ("2022-06-28", "day")),
    ("on 3 April 2023", REF, ("2023-04-03", "day")),
    ("Sept. 3, 2021", REF, ("2021-09-03", "day")),
    ("2023-11-02", REF, ("2023-11-02", "day")),
    ("March 2-4, 2024", REF, ("2024-03-02", "day")),
    ("October 2012", REF, ("2012-10", "month")),
    ("1993", REF, ("1993", "year")),
    ("since 2014", REF, ("2014", "year")),
    ("in late 2021", REF, ("2021", "year")),
    ("the 1990s", REF, None),
    # day and month without a year: the article's year, or the previous one for a month well ahead
    ("May 8-9", dt.date(2024, 5, 12), ("2024-05-08", "day")),
    ("on May 8", REF, ("2023-05-08", "day")),
    ("8 May", dt.date(2024, 5, 20), ("2024-05-08", "day")),
    ("in February", REF, ("2024-02", "month")),
    ("in December", dt.date(2024, 1, 10), ("2023-12", "month")),
    ("mid-January", REF, ("2024-01", "month")),
    ("early March", REF, ("2024-03", "month")),
    ("last June", REF, ("2023-06", "month")),
    # relative to the article date
    ("on Tuesday", REF, ("2024-03-12", "day")),
    ("Monday", dt.date(2023, 10, 19), ("2023-10-16", "day")),
    ("on Friday", REF, ("2024-03-15", "day")),
    ("yesterday", REF, ("2024-03-14", "day")),
    # fixed-date holidays: the last one on or before the article date
    ("on New Year's Day", dt.date(2024, 1, 9), ("2024-01-01", "day")),
    ("Christmas Day", dt.date(2024, 1, 9), ("2023-12-25", "day")),
    ("Christmas Eve 2019", REF, ("2019-12-24", "day")),
    ("last night", REF, ("2024-03-14", "day")),
    ("today", REF, ("2024-03-15", "day")),
    ("last week", REF, ("2024-03", "month")),
    ("last week", dt.date(2024, 3, 5), ("2024-02", "month")),
    ("earlier this month", REF, ("2024-03", "month")),
    ("last month", REF, ("2024-02", "month")),
    ("last month", dt.date(2024, 1, 10), ("2023-12", "month")),
    ("this year", REF, ("2024", "year")),
    ("last year", REF, ("2023", "year")),
    # nothing to anchor a relative date to
    ("on Tuesday", None, None),
    ("in the spring", REF, None),
    ok("last Friday", REF, ("2024-03-08", "day")),
    ok("two days ago", REF, ("2024-03-13", "day")),
    ok("two weeks ago", REF, ("2024-03", "month")),
    ok("September last year", REF, ("2023-09", "month")),
    ok("June 5 of this year", REF, ("2024-06-05", "day")),
    ok("later Tuesday", REF, ("2024-03-12", "day")),
    ok("earlier on Monday", REF, ("2024-03-11", "day")),
    # "later that day" stands for a day told before: extraction resolves it, not normalise
    ("later that day", REF, None),
    gap("the day before yesterday", REF, ("2024-03-13", "day"),
        reason="timex.normalise has no 'the day before yesterday'"),
]


@pytest.mark.parametrize("text, ref, want", _rows(DATES))
def test_normalise(text, ref, want):
    got = normalise(text, ref)
    assert (None if got is None else (got.iso, got.precision)) == want


def test_next_day():
    assert next_day(EventDate("2024-02-28", "day")) == EventDate("2024-02-29", "day")
    assert next_day(EventDate("2023-12-31", "day")) == EventDate("2024-01-01", "day")
    assert next_day(EventDate("2024-02", "month")) is None


# ---------------------------------------------------------------------------------------------
# quantities: text -> (value, unit, approximate) or None

QUANTITIES = [
    ("about 7,000", (7000, None, True)),
    ("some 2,500 troops", (2500, None, True)),
    ("nearly 50", (50, None, True)),
    ("more than 1,000", (1000, None, True)),
    ("at least 40 people", (40, None, True)),
    ("up to 300", (300, None, True)),
    ("46.2 percent", (46.2, "percent", False)),
    ("45 per cent", (45, "percent", False)),
    ("15%", (15, "percent", False)),
    ("$500 million", (500_000_000, "USD", False)),
    ("US$120 million", (120_000_000, "USD", False)),
    ("$4.5bn", (4_500_000_000, "USD", False)),
    ("1.2 billion euros", (1_200_000_000, "EUR", False)),
    ("€20 million", (20_000_000, "EUR", False)),
    ("£1.5 billion", (1_500_000_000, "GBP", False)),
    ("300,000 roubles", (300_000, "RUB", False)),
    ("500 million yuan", (500_000_000, "CNY", False)),
    ("3 million somoni", (3_000_000, "TJS", False)),
    ("one million", (1_000_000, None, False)),
    ("seven", (7, None, False)),
    ("a dozen", (12, None, False)),
    ("hundreds of thousands", None),
    ("thousands", None),
    ("no figure here", None),
    ok("twenty-five", (25, None, False)),
    ok("two dozen", (24, None, False)),
    gap("half a million", (500_000, None, False),
        reason="quantities.parse_quantity has no fractions ('half a million')"),
    ok("Rs 10 billion", (10_000_000_000, "INR", False)),
    ok("A$368 billion", (368_000_000_000, "AUD", False)),
    ok("R984-million", (984_000_000, "ZAR", False)),
    ok("$20-billion", (20_000_000_000, "USD", False)),
    ok("57 trillion won", (57_000_000_000_000, "KRW", False)),
    ok("64.3 billion yen", (64_300_000_000, "JPY", False)),
]


@pytest.mark.parametrize("text, want", _rows(QUANTITIES))
def test_parse_quantity(text, want):
    got = parse_quantity(text)
    if want is None:
        assert got is None
        return
    value, unit, approx = want
    assert isinstance(got, Quantity), got
    assert got.value == pytest.approx(value)
    assert (got.unit, got.approximate) == (unit, approx)
