"""Personal names as strings: particles, surname forms, and when two forms name the same person.

Pure string logic, no spaCy: ``same_person(a, b)`` says whether two name forms can be the same
person ("Maduro" / "Nicolas Maduro", "Abdollahian" / "Hossein Amir-Abdollahian", a one-letter typo
in a given name), and never for two given names on one surname ("Raul Castro" / "Fidel Castro").
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from diplograph.ingest.records import fold

PARTICLES = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
        "abu",
        "de",
        "da",
        "del",
        "della",
        "di",
        "do",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ben",
        "y",
        "e",
        "mac",
        "st",
    }
)
PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})  # "Miteb bin Abdullah": Abdullah is his father, not his surname
ROMAN = re.compile(r"[ivx]{1,5}|jr|sr")  # regnal numbers and suffixes after a name (folded)
TYPO_GIVEN = 80  # rapidfuzz ratio for a misspelt given name ("Ossein" / "Hossein")
TYPO_WHOLE = 90  # ratio for a misspelt whole name of the same length
MIN_TYPO_SURNAME = 7  # letters from which a surname alone may differ by a typo from the full name's


_POSSESSIVE = re.compile(r"(?:'s|’s)$")


def words(name: str) -> list[str]:
    """Folded words of a name, hyphenated parts kept together: 'Amir-Abdollahian' -> ['amir-abdollahian']."""
    return list(_words(name))


@lru_cache(maxsize=8192)
def _words(name: str) -> tuple[str, ...]:
    """``words`` of a name, made once per name."""
    out = []
    for w in _POSSESSIVE.sub("", name.strip()).split():
        w = fold(w).replace(" ", "-")
        if w:
            out.append(w)
    return tuple(out)


def proper_case(name: str) -> str:
    """A name as it is written in running text: a word in capitals beside words that are not
    ("DAVID Cameron" at a paragraph's start, "Aboubacar SOMPARE" in a French-style list) in title
    case; a regnal number ("Abdullah II") and a name all in capitals are left as they are."""
    parts = name.split(" ")
    if all(p.isupper() or not any(c.isalpha() for c in p) for p in parts):
        return name
    return " ".join(p.title() if p.isupper() and len(p) > 1 and not ROMAN.fullmatch(p.lower()) else p for p in parts)


def surname_forms(name: str) -> set[str]:
    """Forms of the last name alone: 'Bashar al-Assad' -> {'al-assad', 'assad'}; 'Amir-Abdollahian'
    adds 'abdollahian'."""
    return set(_surname_forms(name))


@lru_cache(maxsize=8192)
def _surname_forms(name: str) -> frozenset[str]:
    """``surname_forms`` of a name, made once per name."""
    ws = words(name)
    while len(ws) > 1 and ROMAN.fullmatch(ws[-1]):
        ws = ws[:-1]  # "Abdullah II" -> "Abdullah"
    if not ws:
        return frozenset()
    last = ws[-1]
    forms = {last} if len(ws) < 2 or ws[-2] not in PATRONYMIC else set()
    parts = last.split("-")
    if len(parts) > 1:
        if parts[0] in PARTICLES:
            forms.add("-".join(parts[1:]))
        forms.add(parts[-1])
    if len(ws) >= 2 and ws[-2] in PARTICLES:
        forms.add(f"{ws[-2]} {last}")  # "El Aissami" -> "el aissami"
    return frozenset(forms)


@lru_cache(maxsize=8192)
def same_person(a: str, b: str) -> bool:
    """Whether two name forms can name one person (shorter form, hyphen variant, small typo)."""
    wa, wb = _articled(words(a)), _articled(words(b))
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    while len(long_) > 1 and ROMAN.fullmatch(long_[-1]) and not ROMAN.fullmatch(short[-1]):
        long_ = long_[:-1]
    if len(long_) < len(short):
        return False  # "Alawi Abdullah" is not "Abdullah II": a regnal name has no other given name
    if len(short) < len(long_):
        if long_[-len(short) :] == short:  # "Maduro" / "Nicolas Maduro", "Gil Pinto" / "Yvan Gil Pinto"
            if long_[-len(short) - 1] in PATRONYMIC:
                return False  # "Abdullah" is not "Miteb bin Abdullah" (his father's name)
            return short[0] not in PARTICLES or len(short) > 1
        tail = long_[len(short) :]
        if long_[: len(short)] == short and len(tail) == 2 and tail[0] in ARABIC_ARTICLES and set(short) & PATRONYMIC:
            return True  # "Faisal bin Farhan" / "Faisal bin Farhan Al Saud": without the family name
        father = next((k for k, w in enumerate(long_) if w in PATRONYMIC), None)
        if len(short) >= 2 and short[0] in PATRONYMIC and father and long_[father : father + len(short)] == short:
            # "Bin Farhan" / "Faisal bin Farhan Al-Saud": named by the father's name (not a grandfather's)
            return True
        if len(short) == 1 and short[0] in surname_forms(" ".join(long_)):
            return True  # "Abdollahian" / "Amir-Abdollahian", "Assad" / "al-Assad"
        if len(short) == 1 and any(
            w == short[0] and long_[k + 1] in PARTICLES and long_[k - 1] not in PATRONYMIC
            for k, w in enumerate(long_[1:-1], start=1)
        ):
            return True  # "Lula" / "Luiz Inacio Lula da Silva"; not "Zayed" / "Khalifa bin Zayed Al Nahyan"
        if len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1]:
            links = sum(w in PATRONYMIC for w in long_)
            if links > 1 or (links and set(short) & PATRONYMIC):
                # "Sultan bin Abdulaziz" is not his grandson "Sultan bin Salman bin Abdulaziz"; but
                # "Mohamad Hasan" is "Mohamad bin Haji Hasan", named without the one "bin"
                return False
            it = iter(long_)  # "Recep Erdogan" / "Recep Tayyip Erdogan"
            return all(w in it for w in short)
        if len(short) == 1 and min(len(short[0]), len(long_[-1])) >= MIN_TYPO_SURNAME:
            return misspelt(short[0], long_[-1])  # "Zelensky" / "Volodymyr Zelenskyy", "Netanayhu" / "Netanyahu"
        return False
    # same length: typo in one word, the others equal
    if len(short) >= 2:
        diffs = [(x, y) for x, y in zip(short, long_) if x != y]
        if _initialed(short, long_) or _initialed(long_, short):
            return True  # "V. Putin" / "Vladimir Putin": given names written as their initials
        if len(diffs) == 1:
            x, y = diffs[0]
            if short.index(x) == len(short) - 1:
                return misspelt(x, y)  # a surname typo must be tiny
            return fuzz.ratio(x, y) >= TYPO_GIVEN and min(len(x), len(y)) >= 3
    elif len(short) == 1 and len(short[0]) >= 6:
        return fuzz.ratio(short[0], long_[0]) >= TYPO_WHOLE
    return False


ARABIC_ARTICLES = ("al", "el")


def _articled(ws: list[str]) -> list[str]:
    """The Arabic article as one word, spelt "al": "el-Sissi" and "Al Sissi" are ['al', 'sissi']."""
    out: list[str] = []
    for w in ws:
        head, _, rest = w.partition("-")
        if head in ARABIC_ARTICLES and rest:
            out += ["al", rest]
        else:
            out.append("al" if w in ARABIC_ARTICLES else w)
    return out


def is_initialed_form(a: str, b: str) -> bool:
    """``a`` writes given names of ``b`` as their initials ("V. Putin" of "Vladimir Putin")."""
    return _initialed(words(a), words(b))


def _initialed(wa: list[str], wb: list[str]) -> bool:
    diffs = [(x, y) for x, y in zip(wa, wb) if x != y]
    return (
        len(wa) == len(wb) >= 2
        and wa[-1] == wb[-1]
        and bool(diffs)
        and all(len(x) == 1 and len(y) > 1 and y.startswith(x) for x, y in diffs)
    )


def same_word(a: str, b: str) -> bool:
    """Two folded words alike, or a long word misspelt once ("muhyddin" / "muhyiddin")."""
    if a == b:
        return True
    return min(len(a), len(b)) >= MIN_TYPO_SURNAME and misspelt(a, b)


def misspelt(a: str, b: str) -> bool:
    """Two folded words one typo apart: nearly all letters alike, or two neighbouring letters of a
    long word swapped ("netanayhu" / "netanyahu")."""
    if fuzz.ratio(a, b) >= TYPO_WHOLE:
        return True
    return len(a) == len(b) >= MIN_TYPO_SURNAME and OSA.distance(a, b) == 1 and sorted(a) == sorted(b)


def leading_words(short: str, long: str) -> bool:
    """``short`` is ``long`` without its one last word ("Ismail Sabri" / "Ismail Sabri Yakoob"),
    two words or more, and that word no suffix ("Donald Trump" is not "Donald Trump Jr.")."""
    ws, wl = words(short), words(long)
    return 2 <= len(ws) == len(wl) - 1 and wl[: len(ws)] == ws and not ROMAN.fullmatch(wl[-1])


def first_word(name: str) -> str:
    """The first folded word of a name: 'Xi Jinping' -> 'xi'."""
    ws = words(name)
    return ws[0] if ws else ""


def is_short_form(a: str, b: str) -> bool:
    """True when ``a`` has fewer words than ``b`` and can name the same person."""
    return len(words(a)) < len(words(b)) and same_person(a, b)
