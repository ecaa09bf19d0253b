"""Numbers: 'about 7,000' -> 7000 (approximate), '46.2 percent', '$500 million' -> 500000000 USD."""
from __future__ import annotations

import re

from .claim import Quantity

_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
               "hundred": 100, "a dozen": 12, "dozen": 12, "dozens": 24})
_SCALE = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9,
          "trillion": 1e12, "hundred": 100}
# (dollar symbols with a country prefix come before the bare "$": "A$368 billion" is Australian)
_CURRENCY = {"a$": "AUD", "au$": "AUD", "c$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "us$": "USD",
             "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR",
             "euros": "EUR", "£": "GBP", "pound": "GBP", "pounds": "GBP", "rouble": "RUB", "roubles": "RUB",
             "ruble": "RUB", "rubles": "RUB", "yuan": "CNY", "rupees": "INR", "somoni": "TJS", "som": "KGS",
             "yen": "JPY", "¥": "JPY", "won": "KRW", "tenge": "KZT", "rand": "ZAR", "lira": "TRY", "hryvnias": "UAH",
             "rupee": "INR", "naira": "NGN"}
# Currencies named with their country, checked before the bare names ("Sri Lankan rupees" are not Indian).
_NAMED_CURRENCY = {"sri lankan rupee": "LKR", "pakistani rupee": "PKR", "nepalese rupee": "NPR", "nepali rupee": "NPR",
                   "indian rupee": "INR", "australian dollar": "AUD", "canadian dollar": "CAD",
                   "new zealand dollar": "NZD", "singapore dollar": "SGD", "hong kong dollar": "HKD",
                   "taiwan dollar": "TWD", "egyptian pound": "EGP", "swiss franc": "CHF", "cfa franc": "XOF",
                   "kenyan shilling": "KES", "ugandan shilling": "UGX", "tanzanian shilling": "TZS",
                   "brazilian real": "BRL", "reais": "BRL", "mexican peso": "MXN", "philippine peso": "PHP",
                   "argentine peso": "ARS", "colombian peso": "COP", "chilean peso": "CLP", "south african rand": "ZAR",
                   "ethiopian birr": "ETB", "birr": "ETB", "dirham": "AED", "riyal": "SAR", "rial": "IRR",
                   "taka": "BDT", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "dong": "VND", "zloty": "PLN",
                   "forint": "HUF", "shekel": "ILS", "cedi": "GHS", "kwacha": "ZMW",
                   "norwegian krone": "NOK", "norwegian kroner": "NOK", "swedish krona": "SEK", "swedish kronor": "SEK",
                   "icelandic krona": "ISK", "icelandic kronur": "ISK", "danish krone": "DKK", "danish kroner": "DKK",
                   "krone": "DKK", "kroner": "DKK", "krona": "SEK", "kronor": "SEK"}
_NAMED_CURRENCY_RE = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(_NAMED_CURRENCY, key=len, reverse=True))
                                + r")s?\b")
# Currency letters written against the number: "R984m" (rand), "Rs 10 billion" (rupees).
_LETTER_CURRENCY = re.compile(r"(?<![a-z])(rs\.?|r)\s?(?=\d)")
_LETTER_CODES = {"r": "ZAR", "rs": "INR", "rs.": "INR"}
_APPROX = re.compile(r"\b(about|around|some|nearly|almost|approximately|roughly|over|more than|up to|at least|"
                     r"less than|fewer than|close to|an estimated|estimated|upwards of|under)\b", re.IGNORECASE)


def parse_quantity(text: str) -> Quantity | None:
    """A number, money amount or percentage as text -> Quantity; None when there is no number."""
    t = text.strip()
    approx = bool(_APPROX.search(t))
    low = t.lower().replace(",", "")
    unit = None
    if "%" in low or re.search(r"\bper\s?cent\b|\bpercent\b|\bpercentage points?\b", low):
        unit = "percent"
    named = _NAMED_CURRENCY_RE.search(low)
    if named:
        unit = _NAMED_CURRENCY[named.group(1)]
    for sym, code in _CURRENCY.items() if unit in (None, "percent") else ():
        if re.search(rf"(?<![a-z]){re.escape(sym)}" if not sym.isalpha() else rf"\b{re.escape(sym)}\b", low):
            unit = code
            break
    lm = _LETTER_CURRENCY.search(low)
    if unit is None and lm:
        unit = _LETTER_CODES[lm.group(1)]
    m = re.search(r"(\d+(?:\.\d+)?)", low)
    if m:
        value = float(m.group(1))
        rest = low[m.end():]
        sm = re.match(r"[\s-]*(thousand|million|mln|billion|bln|bn|trillion|m)\b", rest)   # "$20-billion"
        if sm:
            value *= _SCALE[sm.group(1)]
    else:
        words = re.findall(r"[a-z]+", low)
        value = None
        for i, w in enumerate(words):
            if w in _WORDS:
                value = float(_WORDS[w])
                nxt = words[i + 1] if i + 1 < len(words) else None
                if nxt in _WORDS and 20 <= value < 100 and _WORDS[nxt] < 10:
                    value += _WORDS[nxt]            # "twenty-five"
                    nxt = words[i + 2] if i + 2 < len(words) else None
                if nxt in ("dozen", "dozens"):
                    value *= 12                     # "two dozen"
                elif nxt in _SCALE:
                    value *= _SCALE[nxt]
                break
            if w in ("thousands", "hundreds", "millions"):
                return None  # "hundreds of thousands": no number to report
        if value is None:
            return None
    return Quantity(round(value, 6), unit, approx)


def is_currency(word: str) -> bool:
    """'$', 'euros', 'roubles': a word that names money."""
    low = word.lower()
    return low in _CURRENCY or bool(_NAMED_CURRENCY_RE.fullmatch(low))
