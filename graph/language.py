"""Is a text English? A small offline heuristic, no model, no network.

Two signals: the script of the letters (an article mostly in Cyrillic, Arabic, CJK...
is not English), and, for Latin-script text, the share of words that are common English
function words ("the", "of", "and", "said"...): English prose is dense in them (about
40% of its words), French, German or Spanish prose is not. Short texts are only judged
by their script: there are too few words to tell.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Common English function words (and "said"/"says", ubiquitous in news).
ENGLISH = frozenset("""a about after against all also although among an and another any are as at be because been
before being between both but by can could did do does during each either for from had has have he her here hers
him his how however i if in into is it its itself may might more most much must my neither no nor not of on once
one only or other our out over own said says shall she should since so some such than that the their theirs them
themselves then there these they this those though through to too under until up upon us was we were what when
where whether which while who whom whose why will with within without would yet you your""".split())

# A few dozen of the commonest words of other languages written in Latin script, only to name the language.
_OTHER_WORDS = {
    "French": "le la les des du de un une et est sont dans pour que qui sur pas au aux avec ce cette il elle nous vous "
              "ils ont été par plus ne se sa son ses leur mais ou où",
    "German": "der die das den dem des und ist sind nicht ein eine einen mit von zu sich auf für im auch wird wurde "
              "werden hat haben bei nach oder aber wie sie er es",
    "Spanish": "el la los las de del que y en un una por con para es son se no su sus al lo como más pero fue ha "
               "han este esta entre sobre",
    "Italian": "il lo la gli le di che e è un una per con non sono della delle del dei nel nella si da al ha anche "
               "come più ma questo",
    "Portuguese": "o os a as de do da dos das que e em um uma para com não no na se por mais foi são ao como mas "
                  "seu sua ele ela",
    "Dutch": "de het een en van is dat op te niet met voor zijn er aan ook als bij door maar om dan werd wordt",
    "Turkish": "bir ve bu da de için ile ne olan olarak daha çok gibi ama kadar sonra ise",
    "Polish": "i w nie na się z że do jest to jak po o ale od tak za przez być",
    "Uzbek": "va bu bilan uchun ham bir edi bo'lgan esa lekin yil davlat",
    "Indonesian": "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada adalah",
}
OTHERS = {lang: frozenset(words.split()) for lang, words in _OTHER_WORDS.items()}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_LETTERS = 20          # below this, no judgement at all
MIN_WORDS = 30            # below this, only the script is judged
MIN_ENGLISH_SHARE = 0.12  # English prose: ~0.35-0.5; other Latin-script languages: ~0.02-0.08
MIN_LATIN_SHARE = 0.5
SAMPLE = 200_000          # characters looked at (from the start)


def script_of(ch: str) -> str:
    name = unicodedata.name(ch, "")
    if not name:
        return "Unknown"
    first = name.split(" ", 1)[0]
    if first == "CJK":
        return "Han"
    if first in ("HIRAGANA", "KATAKANA"):
        return "Japanese"
    if first == "HANGUL":
        return "Hangul"
    return first.title()


def scripts(text: str) -> Counter:
    return Counter(script_of(ch) for ch in text[:SAMPLE] if ch.isalpha())


def not_english(text: str) -> str | None:
    """None when `text` may be English; otherwise the reason, e.g. 'mostly Cyrillic script (96% of letters)'."""
    counts = scripts(text)
    letters = sum(counts.values())
    if letters < MIN_LETTERS:
        return None
    latin = counts.get("Latin", 0) / letters
    if latin < MIN_LATIN_SHARE:
        script, n = max(((s, c) for s, c in counts.items() if s != "Latin"), key=lambda sc: (sc[1], sc[0]))
        return f"mostly {script} script ({round(100 * n / letters)}% of letters)"
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text[:SAMPLE])]
    words = [w for w in words if all(script_of(c) == "Latin" for c in w if c.isalpha())]
    if len(words) < MIN_WORDS:
        return None
    english = sum(w in ENGLISH for w in words) / len(words)
    if english >= MIN_ENGLISH_SHARE:
        return None
    best, share = max(((lang, sum(w in vocab for w in words) / len(words)) for lang, vocab in OTHERS.items()),
                      key=lambda ls: (ls[1], ls[0]))
    looks = f"looks like {best}: " if share > max(english, 0.1) else ""
    return f"{looks}only {round(100 * english)}% of its {len(words)} words are common English words"
