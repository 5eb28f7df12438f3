"""Name mentions in a parsed article: where the text names a person, and what rules out the rest.

* ``ArticleContext``: the doc with what the rules need beside it (credits and bylines, foreign
  passages, which lines read as title-case headlines).
* ``find_candidates(ctx)``: name mentions from PERSON entities, from name chains after a title
  ("Foreign Minister Ossein Amir-Abdollahian", "President of the ... Chamber of Commerce in China
  Jens Eskelund"), and from lone names that are the subject of a verb only people do ("Maduro
  wrote"), each with the title phrase before it.  Mentions in headline-like lines are kept as
  unconfirmed: they only count when the article names the person elsewhere.
* ``rejected(ctx, span, titled)``: the filters: credits, agencies and platforms
  (``agencies.txt``, ``not_people.txt``), foreign or lowercase phrases, ALL-CAPS credits and
  datelines, venues and organisations ("Miraflores presidential palace", "... press office"),
  countries and places in a list.
* ``is_name_word(token)`` and ``name_end(doc, i)``: the shape of a name in tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from diplograph.ingest import boilerplate, locations, names, nlp, places, roles
from diplograph.ingest import kb as kbase
from diplograph.ingest.credits import agencies, credit_spans, inside
from diplograph.ingest.datafiles import read_json, read_list
from diplograph.ingest.records import Article, fold

POSSESSIVE = {"'s", "’s", "'", "’"}
OKINA = {"'", "’", "‘", "ʻ", "`"}  # a glottal stop written before a word of a Pacific name
QUOTE_CLOSERS = {"'", "’"}


@lru_cache(maxsize=1)
def not_people() -> frozenset[str]:
    """Folded names that are never a person (agencies, platforms, credit words)."""
    return frozenset(fold(w) for w in [*read_list("not_people.txt"), *agencies()])


@lru_cache(maxsize=1)
def not_names() -> dict[str, frozenset[str]]:
    """The word lists of ``not_names.json``, folded: styles, demonyms, organisations, headline verbs."""
    raw = read_json("not_names.json")
    return {k: frozenset(fold(w) for w in v) for k, v in raw.items() if not k.startswith("_")}


MAX_GOVERNED_WORDS = 2  # "Nuevo León", "Uttar Pradesh": longer runs after "of" may run on into a name


def _governed_place(span: Span) -> bool:
    """A short name right after "of" under an office that governs a place (``governing_offices``:
    "the Chief Minister of Assam", "the governors of Nuevo León"), or one word listed after it
    ("..., Tamaulipas and Coahuila"), with no name running on after it: the place, not a person."""
    doc = span.doc
    if len(span) > MAX_GOVERNED_WORDS or (span.end < len(doc) and doc[span.end].pos_ == "PROPN"):
        return False
    item = nlp.first_conjunct(span.root) if len(span) == 1 else span.root
    first = span.start if item == span.root else item.left_edge.i  # "of Ghana Kofi Mensah": the name is not first
    if item.dep_ != "pobj" or item.head.lower_ != "of" or item.head.i != first - 1:
        return False
    return item.head.head.lemma_.lower() in not_names()["governing_offices"]


def _title_words_only(span: Span) -> bool:
    """A name made only of honorific styles and words of office, with the country they belong to
    ("His Highness", "Custodian of the Two Holy Mosques", "Crown Prince", "U.S. President"): a
    title, not a person."""
    voc = roles.vocabulary()
    office = voc.heads | voc.modifiers | {fold(h) for h in voc.honorifics} | {a.lower() for a in voc.abbreviations}

    def of_office(w: str) -> bool:  # "Ministers" of "several Ministers of Qatar": a plural office
        return w in not_names()["styles"] or w in office or (w.endswith("s") and w[:-1] in voc.heads)

    peoples = {fold(w) for w in not_names()["demonyms"]}
    # a title word that stands as a given name ("Prince Sultan", "Sultan bin Abdulaziz") is no office
    tokens = [t for t in span if not t.is_punct and fold(t.text) and not (roles.is_head(t) and is_name_word(t))]
    return any(of_office(fold(t.text)) for t in tokens) and all(
        of_office(fold(t.text)) or _country_word(t) or fold(t.text) in peoples for t in tokens
    )  # "African Minister" of "South African Minister for ..." too


def _organisation(span: Span) -> bool:
    """A name that ends in an organisation's word ("Kosovo Assembly", "Commonwealth Secretariat"),
    or that an organisation's word follows after a possessive ("Cambodian People's Party"),
    whatever title stands before it."""
    orgs = not_names()["organisations"]
    last = fold(span.text.split()[-1])  # "Co-operation", which the tokenizer splits at its hyphen
    if (fold(span[-1].text) in orgs or last in orgs) and (len(span) > 1 or len(span.text) > 3):
        return True  # "Kosovo Assembly"; "Assembly" or "Fund" alone, of "the General Assembly", "the Saudi Fund"
    doc = span.doc
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return (
        after is not None
        and doc[span.end].text in POSSESSIVE
        and after.text[:1].isupper()
        and fold(after.text) in orgs
        and not after.is_sent_start
    )


HEADLINE_NAME_WORDS = 2  # words of a name after a title in a title-case headline ("President Ruto, ...")


def _titled_in_headline(ctx: ArticleContext, span: Span) -> bool:
    """A name after a title word outside a headline, or in a title-case headline (whose common words
    the parser reads lowered) one or two capitalised words that are no place and that a comma, a
    lowercase word or the line's end closes ("President Ruto, President Ramaphosa discuss ...")."""
    if not ctx.headline_like(span.start_char):
        return True
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    closed = after is None or after.is_punct or after.is_space or not after.text[:1].isupper()
    return (
        len(span) <= HEADLINE_NAME_WORDS
        and closed
        and places.lookup(span.text, alternates=False) is None
        and not any(_verb_form(t.text) for t in span)  # "Japan's Emperor Begins a Visit"
    )


def _verb_form(word: str) -> bool:
    """An inflected form of an English verb the model knows ("Begins", "Arrived", "Visiting")."""
    w = word.lower()
    verbs = nlp.verb_lemmas()
    for suffix in ("ing", "es", "ed", "s", "d"):
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and len(stem) > 2 and (stem in verbs or stem + "e" in verbs):
            return True
    return False


def _not_a_name(span: Span) -> bool:
    """Demonyms the gazetteer lacks ("Arabian"), proper adjectives ("Olympic" of "the Olympic family"),
    a group named after a people ("Tamil Tiger", "Kurdish Peshmerga") and organisation names
    ("Foreign Ministry")."""
    lists = not_names()
    if len(span) == 1 and (fold(span.text) in lists["demonyms"] | lists["adjectives"] or places.is_demonym(span.text)):
        return True
    if len(span) > 1 and fold(span[0].text) in lists["demonyms"] and not kbase.load().given_name(span[0].text):
        return True  # but "Christian Wulff"
    return len(span) > 1 and fold(span[-1].text) in lists["organisations"]


def _a_people(span: Span) -> bool:
    """A demonym before a plural ("Ethiopian Citizens" of a party's name): a people, not a person."""
    return len(span) > 1 and places.is_demonym(span[0].text) and span[-1].tag_ in ("NNS", "NNPS")


@lru_cache(maxsize=1)
def person_verbs() -> frozenset[str]:
    """Lemmas of verbs whose subject is a person (``person_verbs.txt``)."""
    return frozenset(w.lower() for w in read_list("person_verbs.txt"))


@dataclass
class Candidate:
    """A name mention by token offsets, with the title phrase before it; ``confirmed`` is False in headlines."""

    start: int  # token offsets
    end: int
    text: str
    role: roles.TitlePhrase | None = None
    confirmed: bool = False
    country: str | None = None  # stated by a possessive before the name: "Iran's Raisi"

    @property
    def key(self) -> str:
        return fold(self.text)


def name_text(span: Span) -> str:
    """A name as written, without the full stop the tokenizer left on its last word ("Naoto Kan.")
    unless that word is an initial or an abbreviation ("Jr."), without the comma before a suffix
    ("Joseph R. Biden, Jr." is Joseph R. Biden Jr.) and without a nickname in quotes inside it
    ('Joko "Jokowi" Widodo' is Joko Widodo)."""
    quoted = {k for j in _nicknames(span) for k in (j, j + 1, j + 2)}
    text = "".join(t.text_with_ws for t in span if t.i not in quoted).strip() if quoted else span.text
    text = _page_apostrophes(span, text)
    if len(span) > 2 and span[-2].text == "," and suffixed_end(span.doc, span[-2].i) == span.end:
        text = text[: span[-2].idx - span.start_char].rstrip() + " " + span[-1].text  # "Joseph R. Biden Jr."
    last = span[-1].text
    if last.endswith(".") and len(last) > 3 and last[:-1].isalpha() and last not in roles.vocabulary().honorifics:
        return text[:-1]
    return text


def _page_apostrophes(span: Span, text: str) -> str:
    """The name with the curly apostrophes the page writes in it, which the parser read plain
    (``nlp.text_to_parse``)."""
    page = span.doc.user_data.get("diplograph.page")
    if page is None or "'" not in text:
        return text
    written = page[span.start_char : span.end_char]
    if len(written) == len(span.text) and all(a == b or (a, b) == ("’", "'") for a, b in zip(written, span.text)):
        return text.replace("'", "’")
    return text


RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})


def _given_name_at(tok: Token) -> bool:
    """A title word that stands as a name: glued to one ("Salah-Eddine"), a son's or father's given
    name beside "bin" ("Sultan bin Abdulaziz", "Zayed bin Sultan Al Nahyan"), or the given name after
    a style that a given name follows ("Prince Sultan", ``name_styles``)."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i > 0 else None
    if after is not None and ((not tok.whitespace_ and after.text == "-") or _patronymic(after)):
        return True
    styles = roles.vocabulary().name_styles
    if before is not None and before.text in styles and tok.text in styles:
        return False  # "Crown Prince Prince Mohamed": the style said twice, not a given name
    return before is not None and (before.text in styles or _patronymic(before))


def _patronymic(tok: Token) -> bool:
    return tok.lower_ in names.PATRONYMIC and tok.lower_ != "ben"  # "ben" is also a given name


def is_name_word(tok: Token) -> bool:
    """Whether a token can be a word of a personal name (capitalised, name-shaped, not a title word)."""
    text = tok.text.lstrip("ʻ‘")  # "ʻUtoikamanu": a glottal stop before the capital
    if not text[:1].isupper() or tok.is_punct or tok.like_num:
        return False
    if text in roles.vocabulary().honorifics:
        return False
    bare = text.replace("'", "").replace("’", "").replace(".", "")
    if not bare.isalpha() or sum(1 for c in bare if c.isupper()) > max(3, len(bare) // 2) and not bare.isupper():
        return False  # "G.XbS(Xj": not the shape of a name
    if (roles.is_head(tok) or roles.is_plural_head(tok) or tok.lower_ in roles.vocabulary().modifiers) and not (
        _given_name_at(tok)
    ):
        return False
    if any(ch.isdigit() for ch in text) or "@" in text:
        return False
    if tok.lower_ in RELATIVE_PRONOUNS:
        return False  # "..., Who Arrived in Astana" of a title-case headline
    return tok.lower_ not in _weekdays()  # "Chirac Tuesday arrived": the day is not part of the name


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    return frozenset(read_json("date_words.json")["weekdays"])


def _after_hyphen(doc: Doc, j: int) -> bool:
    """Token ``j`` is a capitalised word glued to a hyphen glued to a word ("Al-Sheikh")."""
    tok = doc[j]
    return (
        j > 1
        and tok.is_alpha
        and tok.text[:1].isupper()
        and doc[j - 1].text == "-"
        and not doc[j - 1].whitespace_
        and not doc[j - 2].whitespace_
        and doc[j - 2].is_alpha
    )


def okina_at(doc: Doc, j: int) -> bool:
    """Token ``j`` is a glottal stop glued to the name word after it ("‘Aisake", "ʻOfakivahafolau"),
    not the opening quote of a nickname ("Dahal ‘Prachanda’", its closing quote lost or not): a
    glottal stop stands before a vowel."""
    tok = doc[j]
    if tok.text not in OKINA or tok.whitespace_ or j + 1 >= len(doc) or (j > 0 and not doc[j - 1].whitespace_):
        return False
    quoted = j + 2 < len(doc) and doc[j + 2].text in QUOTE_CLOSERS and not doc[j + 1].whitespace_
    return is_name_word(doc[j + 1]) and not quoted and doc[j + 1].text[:1].lower() in "aeiouāēīōū"


NICKNAME_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’", "``": "''"}


def nickname_at(doc: Doc, j: int) -> bool:
    """Token ``j`` opens a nickname in quotes between two words of a name ('Joko "Jokowi" Widodo',
    "William 'Bill' Clinton")."""
    if j + 3 >= len(doc):
        return False
    opening, word, closing, after = doc[j], doc[j + 1], doc[j + 2], doc[j + 3]
    closers = {NICKNAME_QUOTES.get(opening.text), "''", "”", '"', "’"}
    return (
        opening.text in NICKNAME_QUOTES
        and not opening.whitespace_
        and is_name_word(word)
        and closing.text in closers
        and bool(closing.whitespace_)
        and is_name_word(after)
    )


def _nicknames(span: Span) -> list[int]:
    """The tokens that open a nickname in quotes inside a name (``nickname_at``)."""
    return [j for j in range(span.start + 1, span.end) if nickname_at(span.doc, j)]


def _participle_with_object(tok: Token) -> bool:
    """A capitalised participle taking an object, after a name: "Obama Returning a call"."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBG" and any(c.dep_ in ("dobj", "prep") for c in tok.children)


NAME_SUFFIXES = frozenset({"jr", "sr"})  # written after a comma: "Martin Luther King, Jr."


def name_end(doc: Doc, i: int) -> int:
    """The end (exclusive) of a chain of name words starting at token ``i`` ("Ahmed al-Sharaa")."""
    j = i
    n = len(doc)
    while j < n:
        tok = doc[j]
        if j > i and _participle_with_object(tok):
            break
        if okina_at(doc, j):
            j += 2  # a glottal stop opening a word: "Fekitamoeloa 'Utoikamanu", "Dr. ‘Aisake Valu Eke"
            continue
        if j > i and nickname_at(doc, j):
            j += 3  # a nickname in quotes inside the name: 'Joko "Jokowi" Widodo'
            continue
        if tok.text in POSSESSIVE or tok.is_space:
            break
        if is_name_word(tok) or _after_hyphen(doc, j):  # "Hussein Al-Sheikh": a style after a hyphen is a name word
            j += 1
            continue
        if (
            j > i
            and tok.text in roles.vocabulary().honorifics
            and tok.text not in roles.vocabulary().forms_of_address
            and j + 1 < n
            and is_name_word(doc[j + 1])
        ):
            j += 1  # an honorific inside a name: "Hassan Sheikh Mohamud"
            continue
        if tok.text == "-" and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_ and j + 1 < n:
            lower_part = doc[j - 1].is_lower and j - 2 > i and doc[j - 2].text == "-"  # "Chan-o-[cha]"
            # not "Ashraf Ghani Ahmadzai-have arrived": a verb after a dash of a scrape is no part of the name
            verb = doc[j + 1].pos_ == "AUX" or doc[j + 1].tag_ in ("VBZ", "VBD", "VBP", "MD")
            if doc[j + 1].is_alpha and doc[j + 1].is_lower and (is_name_word(doc[j - 1]) or lower_part) and not verb:
                j += 2  # "Lee Jae-myung", "Kim Jong-un", "Prayut Chan-o-cha"
                continue
            j += 1
            continue
        if tok.lower_ in names.PARTICLES and not tok.text.isupper():
            k = j + 1  # "von der Leyen": particles in a row, then a name word
            while k < n and k - j < 3 and doc[k].lower_ in names.PARTICLES and not doc[k].text.isupper():
                k += 1
            styled = k + 1 < n and doc[k].text in roles.vocabulary().honorifics and is_name_word(doc[k + 1])
            if k < n and (is_name_word(doc[k]) or (doc[k].text == "-" and not doc[k - 1].whitespace_) or styled):
                j = k + 1 if styled else k  # "bin Tun Abdul Razak": the father's style is part of the name
                continue
        break
    while j > i and (doc[j - 1].text == "-" or doc[j - 1].lower_ in names.PARTICLES):
        j -= 1
    while j - i > 2 and (doc[j - 1].text in roles.vocabulary().post_nominals or _acronym_of_next_title(doc, j - 1)):
        j -= 1  # "Amadu Bello Kano OFR": honours after a name are no part of it, nor "NATO" of a title after it
    if j < n and doc[j].text in roles.vocabulary().forms_of_address and j + 1 < n and is_name_word(doc[j + 1]):
        return i  # "the Swiss Confederation Mr. Ignazio Cassis": the words before the "Mr." are no name
    return suffixed_end(doc, j) if j > i else j


def suffixed_end(doc: Doc, end: int) -> int:
    """The end of a name with the suffix written after a comma ("Joseph R. Biden, Jr.")."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_.rstrip(".") in NAME_SUFFIXES:
        return end + 2
    return end


_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|de)\s+)*){1,8})\(([A-Z][A-Za-z]{1,8})\)")
_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "de"})


def defined_abbreviations(text: str) -> frozenset[str]:
    """The short names a text defines in parentheses after a name of several capitalised words
    ("the Asia-Pacific Economic Cooperation (Apec) leaders' meeting"): folded, the abbreviation's
    first and last letters being the first and last words' initials and one of the words a body's
    (``not_names.json``).  Such a word is a body's name in that text, never a person's."""
    out = set()
    for m in _DEFINED.finditer(text):
        words = [w for w in re.split(r"[\s-]+", m.group(1)) if w and w.lower() not in _FUNCTION_WORDS]
        short = m.group(2)
        body = any(fold(w) in not_names()["organisations"] for w in words)  # not "Andres Manuel Lopez Obrador (AMLO)"
        if (
            body
            and len(words) >= 2
            and short[0].lower() == words[0][0].lower()
            and short[-1].lower() == words[-1][0].lower()
        ):
            out.add(fold(short))
    return frozenset(out)


class ArticleContext:
    """What the rules need to know about an article beyond its doc."""

    def __init__(self, doc: Doc, article: Article):
        self.doc = doc
        self.article = article
        self.text = nlp.text_of(doc)
        self.credits = credit_spans(self.text)
        self._headline: dict[int, bool] = {}
        self.abbreviations = defined_abbreviations(self.text)

    def blocked(self, start: int, end: int) -> bool:
        """Whether a character span lies in a credit, a byline or a foreign passage."""
        return inside(self.credits, start, end) or self.article.is_foreign(start, end)

    def headline_like(self, char: int) -> bool:
        """Whether the line holding a character reads as a title-case headline."""
        text = self.text
        start = text.rfind("\n", 0, char) + 1
        if start in self._headline:
            return self._headline[start]
        end = text.find("\n", char)
        # the page's own capitals: the parser's text has a headline's "Meets" lowered
        page = self.article.text if len(self.article.text) == len(text) else text
        result = nlp.title_case_line(page[start : end if end >= 0 else len(text)])
        self._headline[start] = result
        return result


PORTFOLIO_OF_REACH = 4  # words back from a portfolio's last word to the "of" or "for" after its office


def _ends_portfolio(doc: Doc, i: int) -> bool:
    """The last word of an office's portfolio ("Minister of Foreign Affairs", "Secretary for Trade"):
    a portfolio word, capitalised, after the office's "of" or "for" a few words back."""
    tok = doc[i]
    if not tok.text[:1].isupper() or tok.lower_ not in not_names()["organisations"]:
        return False
    before = doc[max(0, i - PORTFOLIO_OF_REACH) : i]
    return any(t.lower_ in ("of", "for") and t.i > 0 and roles.is_head(doc[t.i - 1]) for t in before)


def _trim_ent(doc: Doc, ent: Span) -> tuple[int, int]:
    """The tagged name without the words before it that are no part of it: articles, titles,
    honorifics, "-elect", a country ("Azerbaijan Jahun Bayramov" after "Minister of Foreign Affairs
    of"), a body's last word ("Duma Vyacheslav Volodin" after "Chairman of State"), and without a
    trailing possessive or punctuation."""
    start, end = ent.start, ent.end
    voc = roles.vocabulary()
    while True:
        start = _trim_start(doc, start, end)
        # "High Commissioner to Sri Lanka James Dauris": a country of several words before the name
        width = next((w for w in (3, 2) if end - start > w + 1 and _country_words(doc[start : start + w])), 0)
        if not width:
            break
        start += width
    inside = [k for k in range(start + 1, end - 1) if doc[k].text in voc.forms_of_address]
    if inside:
        start = inside[-1] + 1  # "Swiss Confederation Mr. Ignazio Cassis": the name follows the "Mr."
    while end > start and (
        doc[end - 1].text in POSSESSIVE
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (end - start > 2 and doc[end - 1].text in voc.post_nominals)  # "Abdullahi Umar Ganduje OFR"
        or (end - start > 1 and _pronoun(doc[end - 1]))  # "photo by Eric Draper We also talked"
    ):
        end -= 1
    return start, end


def _acronym_of_next_title(doc: Doc, i: int) -> bool:
    """An organisation's acronym after a name that opens the next person's title, where a list left
    out its comma ("Prime Minister Fumio Kishida NATO Secretary General Jens Stoltenberg")."""
    return i + 1 < len(doc) and _acronym_before_name(doc, i) and roles.is_head(doc[i + 1])


def _trim_start(doc: Doc, start: int, end: int) -> int:
    """The start of a tagged name past the words before it that are no part of it (``_trim_ent``)."""
    voc = roles.vocabulary()
    while start < end and (
        doc[start].lower_ in ("the", "a", "an")
        or roles.is_head(doc[start])
        or roles.is_plural_head(doc[start])  # "Foreign Ministers X and Y"
        or (
            doc[start].lower_ in ("his", "her") and start + 1 < end and doc[start + 1].text in voc.honorifics
        )  # "His Excellency X"
        or doc[start].text in voc.honorifics
        or _paired_honorific(doc, start, end)
        or doc[start].lower_ in voc.modifiers
        or doc[start].is_space
        or doc[start].text == "-"
        or doc[start].lower_ in voc.transient
        or (end - start > 2 and (_country_word(doc[start]) or _acronym_before_name(doc, start)))
        or _portfolio_word(doc, start, end)
        or (end - start > 1 and _opening_participle(doc[start]))
        or (end - start > 1 and _function_word(doc[start]))
        or (end - start > 1 and doc[start].lower_ in not_names()["headline_verbs"])  # "X Meets UN Chief"
        or (end - start > 1 and _section_label(doc, start))  # "Politics Sympathy to China ..." of a teaser list
        or (end - start > 2 and _body_word(doc, start))  # "Chairman of State Duma Vyacheslav Volodin"
    ):
        start += 1
    return start


def _paired_honorific(doc: Doc, i: int, end: int) -> bool:
    """Token ``i`` is a word of a style of two words ("Tan Sri Muhyiddin Yassin"), a name following it."""
    pairs = roles.vocabulary().honorific_pairs
    opens = i + 2 < end and f"{doc[i].text} {doc[i + 1].text}" in pairs
    closes = i > 0 and i + 1 < end and f"{doc[i - 1].text} {doc[i].text}" in pairs
    return opens or closes


def _body_word(doc: Doc, i: int) -> bool:
    """The last word of a body's name the tagger ran on into the name after it ("of State Duma
    Vyacheslav Volodin"): a word that is never a person's (``not_people.txt``) right after "of" or
    another capitalised word."""
    if i == 0 or fold(doc[i].text) not in not_people():
        return False
    before = doc[i - 1]
    return before.lower_ == "of" or (before.text[:1].isupper() and not before.is_sent_start)


def _hyphened_given_name(doc: Doc, end: int, chain: int) -> int:
    """The end of a name the tagger stopped inside a hyphenated given name ("Moon Jae[-in]", "Moon
    [Jae-in]"): an untagged name word, then a glued hyphen and the given name's lowercase half."""
    k = end + 1 if end < chain and doc[end].ent_iob_ == "O" and is_name_word(doc[end]) else end
    if (
        k + 2 <= chain
        and doc[k].text == "-"
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k + 1].is_alpha
        and doc[k + 1].is_lower
    ):
        return k + 2
    return end


def _pronoun(tok: Token) -> bool:
    """A personal pronoun, which ends no name ("I" aside: the regnal numeral of "Elizabeth I")."""
    return tok.pos_ == "PRON" and tok.is_stop and tok.text != "I"


def _section_label(doc: Doc, i: int) -> bool:
    """A site's section label opening a line ("Politics" before a teaser's headline)."""
    at_line_start = i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text
    return at_line_start and doc[i].text in boilerplate.markers().sections


GIVEN_NAMES_BEFORE = 2  # untagged name words a tagged name may take in before it


def _untagged_given_names(doc: Doc, start: int) -> int:
    """Where a tagged name starts once the untagged name words right before it, between it and a
    title or honorific, are taken in ("His Excellency Syed Yousaf [Raza Gilani]"), and the first half
    of a hyphenated given name always ("Frank-[Walter Steinmeier]"), and so is a capitalised little
    word of English right after a lowercase one, which only a name capitalises ("in honour of To [Lam]")."""
    if (
        start >= 2
        and doc[start - 1].ent_type_ == ""
        and doc[start - 1].is_alpha
        and doc[start - 1].is_title
        and doc[start - 1].is_stop
        and _capitalised_inside_sentence(doc[start - 1])
    ):
        return start - 1
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].ent_type_ == ""
        and doc[start - 2].is_alpha
        and is_name_word(doc[start - 2])
    ):
        start -= 2
    k = start
    while (
        k > 0
        and start - k < GIVEN_NAMES_BEFORE
        and doc[k - 1].ent_type_ == ""
        and doc[k - 1].pos_ == "PROPN"
        and "\n" not in doc[k - 1].whitespace_
        and is_name_word(doc[k - 1])
        and len(doc[k - 1].text) > 2
        and doc[k - 1].text.isalpha()  # "Syed", not an initial or an abbreviation ("Md.")
        and not _function_word(doc[k - 1])
        and not _paired_honorific(doc, k - 1, len(doc))  # "Tan Sri"
    ):
        k -= 1
    if k < start and k > 0 and (_honorific_at(doc, k - 1) or roles.is_head(doc[k - 1])):
        return k
    # "Minister of Foreign Affairs Sameh [Shoukry]": the name words after the office's portfolio, from
    # a given name the knowledge base knows
    after_portfolio = next(
        (
            j
            for j in range(start - 1, max(k, 1) - 1, -1)
            if _ends_portfolio(doc, j - 1)
            and not any(t.lower_ in not_names()["organisations"] for t in doc[j:start])
            and kbase.load().given_name(doc[j].text)  # "Sameh", not "Advocate"
        ),
        None,
    )
    if after_portfolio is not None:
        return after_portfolio
    # "of the State of Palestine [Riyadh al-Maliki]": the country's name may be among the words taken
    return next((j for j in range(k, start) if j > 0 and _office_country_at(doc, j)), start)


def _office_country_at(doc: Doc, end: int) -> bool:
    """The words before ``end`` close an office's "of <country>" ("the Minister of Foreign Affairs of
    the State of Palestine [Riyadh al-Maliki]"): what follows is the holder's name."""
    for j in range(end - 1, max(end - 5, 0), -1):
        if doc[j].pos_ not in ("PROPN", "ADJ") and doc[j].lower_ != "the":  # "of the Kyrgyz Republic"
            return False
        if doc[j - 1].lower_ == "of":
            country = doc[j:end].text
            return places.country_name(country) is not None and not places.is_demonym(country)
    return False


def _closing_apostrophe(doc: Doc, i: int) -> bool:
    """Token ``i`` is an apostrophe glued to the end of a name word and followed by a blank and
    another name word or a particle hyphened to one: a letter of a transliteration ("Shia' Al
    Sudani", "Shia' al-Sudani") when the tagger reads one name across it."""
    return (
        doc[i].text in QUOTE_CLOSERS
        and i > 0
        and not doc[i - 1].whitespace_
        and bool(doc[i].whitespace_)
        and i + 1 < len(doc)
        and (is_name_word(doc[i + 1]) or _hyphened_particle(doc, i + 1))
    )


def _relational_before_name(word: Token, span: Span) -> bool:
    """ "his Indian counterpart Ajit Doval": a relational word (no title of its own) right before
    an untagged name of two words or more whose first word the knowledge base knows as a given name."""
    return (
        word.lower_ in roles.vocabulary().relational
        and word.i + 1 == span.start
        and len(span) > 1
        and span[0].text.isalpha()  # "Ajit", not an abbreviation ("Md.")
        and bool(kbase.load().given_name(span[0].text))
    )


def _hyphened_rank(doc: Doc, i: int) -> bool:
    """Tokens ``i`` to ``i + 2`` are a military rank glued by a hyphen ("Major-General",
    "Lieutenant-Colonel"): a title, not the first words of the name after it."""
    voc = roles.vocabulary()
    return (
        i + 3 < len(doc)
        and doc[i].lower_ in voc.ranks
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and (doc[i + 2].lower_ in voc.ranks or roles.is_head(doc[i + 2]))
    )


def _hyphened_particle(doc: Doc, i: int) -> bool:
    """Token ``i`` is a particle glued by a hyphen to a name word ("al-Sudani")."""
    return (
        doc[i].lower_ in names.PARTICLES
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and is_name_word(doc[i + 2])
    )


def _honorific_at(doc: Doc, i: int) -> bool:
    """Token ``i`` is an honorific ("Sheikh", "Excellency"), a word of a style of two ("Tan Sri"), or
    the "His"/"Her" of one."""
    honorifics = roles.vocabulary().honorifics
    if doc[i].text in honorifics or _paired_honorific(doc, i, len(doc)):
        return True
    return doc[i].lower_ in ("his", "her") and i + 1 < len(doc) and doc[i + 1].text in honorifics


def _opening_participle(tok: Token) -> bool:
    """A participle that opens the sentence, capitalised only for that ("Hailing Hu's visit",
    "Welcoming Modi"): no part of the name after it."""
    return tok.is_sent_start and nlp.is_participle(tok.text)


def _takes_lower_word(span: Span) -> bool:
    """A word in lower case follows the span ("Sharing views")."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.is_alpha and nxt.text.islower()


OFFICE_TAIL = 6  # words of "of Foreign Affairs of Azerbaijan" between a title's head and the name


def _capitalised_inside_sentence(tok: Token) -> bool:
    """A capitalised word right after a lowercase one, inside a sentence: only a name capitalises it."""
    return tok.text[:1].isupper() and tok.i > 0 and tok.doc[tok.i - 1].text.islower() and not tok.is_sent_start


def _function_word(tok: Token) -> bool:
    """A preposition, adverb or relative pronoun of English the tagger glued onto the name after it
    ("Besides Brown", "Meanwhile Obama", "Who Arrived" of a title-case headline), never a name
    particle ("Bin", "Van"), nor a capitalised word after a lowercase one, which only a name would
    capitalise ("in honour of To Lam")."""
    if _capitalised_inside_sentence(tok):
        return False
    return tok.is_stop and tok.pos_ in ("ADP", "SCONJ", "ADV", "PRON") and tok.lower_ not in names.PARTICLES


def _past_office_of(doc: Doc, start: int) -> int:
    """Past the "of ..." or "to ..." of a title that ends with a country ("President of France",
    "Minister of Foreign Affairs of Azerbaijan", "Ambassador to Vietnam") when a name follows it;
    else ``start``."""
    if start >= len(doc) or doc[start].lower_ not in ("of", "to"):
        return start
    voc = roles.vocabulary()
    for j in range(start + 1, min(len(doc) - 1, start + OFFICE_TAIL + 1)):
        tok = doc[j]
        if (
            _country_word(tok)
            and (is_name_word(doc[j + 1]) or _honorific_at(doc, j + 1))  # "of Bangladesh Sheikh Hasina"
            and not _country_word(doc[j + 1])
            and not _country_words(doc[j : j + 2])
        ):  # "of Saudi Arabia": the country goes on
            return j + 1
        ends_country = _country_word(tok) or any(_country_words(doc[j - w : j + 1]) for w in (1, 2) if j - w > start)
        if (
            ends_country
            and doc[j + 1].text == ","
            and j + 2 < len(doc)
            and is_name_word(doc[j + 2])
            and not _country_word(doc[j + 2])
            and (j + 3 >= len(doc) or not _country_words(doc[j + 2 : j + 4]))
        ):  # "the President of South Africa, Thabo Mbeki"
            return j + 2
        if not (
            tok.lower_ in ("of", "the", "and", "for")
            or tok.lower_ in voc.modifiers
            or roles.is_head(tok)
            or tok.text[:1].isupper()
        ):
            return start
    return start


def _lowercase_surname(doc: Doc, start: int, end: int, known: Callable[[str], object] | None) -> tuple[int, str]:
    """The end and text of a name, past a lowercase word that completes a known name ("Donald
    trump" is Donald Trump)."""
    if (
        known is not None
        and start < end < len(doc)
        and doc[end].is_lower
        and doc[end].is_alpha
        and fold(doc[end].text) not in not_names()["headline_verbs"]  # "Wang Yi arrives": no surname
        and known(doc[start : end + 1].text) is not None
    ):
        return end + 1, f"{name_text(doc[start:end])} {doc[end].text.title()}"
    return end, name_text(doc[start:end])


def _portfolio_word(doc: Doc, start: int, end: int) -> bool:
    """The first of three or more name words belongs to a portfolio or an organisation's name that
    one of the words before the last two ends ("Minister for Civil Aviation and Cooperation X",
    "Minister for Small Business X Y", "the President of the Islamic Council X Y"): no word of the name."""
    ends = not_names()["organisations"]
    return end - start > 2 and any(doc[k].lower_ in ends for k in range(start, end - 2))


PORTFOLIO_REACH = 6  # words back from an "and" to the "of" or "for" of the office it continues


def _second_portfolio(doc: Doc, start: int) -> bool:
    """Capitalised words right after the "and" of an office's "of ..." or "for ...": its second
    portfolio ("Minister of Foreign Affairs and Human Mobility"), not a name."""
    return (
        start > 0
        and doc[start - 1].lower_ in ("and", "&")
        and any(t.lower_ in ("of", "for") for t in doc[max(0, start - 1 - PORTFOLIO_REACH) : start - 1])
    )


def _portfolio_before_office(span: Span) -> bool:
    """One word after "and" between capitalised words and right before a capitalised office: the
    last word of a portfolio ("Road Transport and Bridges Minister Obaidul Quader")."""
    doc = span.doc
    s, e = span.start, span.end
    return (
        len(span) == 1
        and s >= 2
        and doc[s - 1].lower_ in ("and", "&")
        and doc[s - 2].text[:1].isupper()
        and e < len(doc)
        and roles.is_head(doc[e])
        and doc[e].text[:1].isupper()
    )


def _country_words(span: Span) -> bool:
    """Several words that name a country together ("Saudi Arabia", "South Sudan")."""
    return len(span) > 1 and places.country_name(span.text) is not None


def _acronym_before_name(doc: Doc, i: int) -> bool:
    """An organisation's acronym glued before a name ("Ambassador to ASEAN Yang Xiuping"): three or
    more capitals before a word that is not all capitals.  Initials ("AK Abdul Momen") are shorter."""
    tok = doc[i]
    return len(tok) >= 3 and tok.is_alpha and tok.is_upper and not doc[i + 1].is_upper


def _country_word(tok: Token) -> bool:
    """A country's name or demonym glued before a name ("France Francois Hollande")."""
    place = places.lookup(tok.text, alternates=False) if tok.text[:1].isupper() else None
    return (place is not None and place.kind == "country") or places.is_demonym(tok.text)


def _looks_like_name(span: Span) -> bool:
    """Capitalised words (particles and hyphens allowed): not a lowercase or foreign phrase."""
    if not len(span):
        return False
    quoted = {k for j in _nicknames(span) for k in (j, j + 2)}  # the quotes, not the nickname's word
    for tok in span:
        if tok.text == "-" or tok.lower_ in names.PARTICLES or tok.i in quoted:
            continue  # and the quotes of a nickname inside the name
        if tok.text == "," and suffixed_end(tok.doc, tok.i) == span.end:
            continue  # "Joseph R. Biden, Jr."
        if tok.text in OKINA and tok.i > span.start and (not tok.whitespace_ or _closing_apostrophe(tok.doc, tok.i)):
            continue  # "Fekitamoeloa 'Utoikamanu", "Mohammed Shia' Al Sudani"
        if tok.i == span.start and okina_at(tok.doc, tok.i):
            continue  # "‘Aisake Valu Eke"
        if tok.i > span.start and tok.text in roles.vocabulary().honorifics:
            continue  # "Hassan Sheikh Mohamud"
        if (
            tok.is_alpha
            and tok.i - 2 >= span.start
            and tok.doc[tok.i - 1].text == "-"
            and not tok.doc[tok.i - 1].whitespace_
            and not tok.doc[tok.i - 2].whitespace_
        ):
            continue  # the lowercase half of a hyphenated given name: "Jae-myung"
        if (
            not tok.text.lstrip("ʻ‘")[:1].isupper()
            or tok.like_num
            or tok.is_punct
            or not is_name_word(tok)
            and not (roles.is_head(tok) or tok.lower_ in roles.vocabulary().modifiers)
        ):
            return False
    return not (span[0].lower_ in names.PARTICLES and len(span) == 1)


def _outlet_staff(doc: Doc, start: int) -> bool:
    """A name after a news outlet's possessive ("CNN's", "Al Jazeera's", ``agencies.txt``)."""
    if start < 2 or doc[start - 1].lower_ not in ("'s", "’s", "'", "’"):
        return False
    return any(doc[start - 1 - k : start - 1].text in agencies() for k in (1, 2, 3) if start - 1 - k >= 0)


def rejected(ctx: ArticleContext, span: Span, titled: bool, known: bool = False) -> bool:
    """Rules that keep non-persons out: credits, agencies, venues, places, shouting caps.

    ``known``: the words are a name of a person the article (or the run) already knows, so being
    coordinated with a place ("in Nairobi, Ruto and Ramaphosa") does not make them a place.
    """
    doc = ctx.doc
    if ctx.blocked(span.start_char, span.end_char):
        return True
    key = fold(span.text)
    if key in not_people() or span.text.lower().rstrip(".") in NAME_SUFFIXES:
        return True  # and "Jr." alone
    if span.start > 0 and fold(doc[span.start - 1 : span.end].text) in not_people():
        return True  # "al-Fitr" of "Eid al-Fitr", the tagger leaving out the first word
    if any(fold(t.text) in not_people() for t in span if t.text[:1].isupper()) and not kbase.load().known(span.text):
        return True  # "Photo John Smith", but not "Islam Karimov"
    if not _looks_like_name(span):
        return True
    if all(INITIALS.fullmatch(t.text) or (len(t.text) == 1 and t.text.isupper()) for t in span):
        return True  # "H." of "H. E. Mr. X", "H" of "H E Mr X" (His Excellency): initials alone name no one
    if span.start > 0 and doc[span.start - 1].text == "#" and not doc[span.start - 1].whitespace_:
        return True  # "the hurricane #Melissa": a hashtag, not a name
    if key in ctx.abbreviations:
        return True  # "Asia-Pacific Economic Cooperation (Apec)": the body's short name
    if len(span) > 1 and roles.is_head(span[-1]) and not known:
        return True  # "Politics President" (a section's label before a title): a name never ends in an office
    if (
        span.start > 0
        and doc[span.start - 1].lower_ == "of"
        and places.lookup(span.text, alternates=False)
        and not known
    ):
        return True  # "the Crown Prince of Abu Dhabi": the office's place, not a name
    if not known and _governed_place(span) and not kbase.load().known(span.text):
        return True  # "the governors of Nuevo León, Tamaulipas and Coahuila": the places the offices govern
    if span.start > 0 and doc[span.start - 1].lower_ in ("in", "at") and places.lookup(span.text) is not None:
        return True  # "... of Thailand Pornpetch Wichitcholchai in Ha Noi": the town after a name, not a name
    if len(span) > 1 and not known and places.lookup(span.text, alternates=False) and not kbase.load().known(span.text):
        return True  # "the ambassador said Banda Aceh had changed": a city of two words, never a person's name
    if len(span) == 1 and span[0].is_stop and not known and not kbase.load().known(span.text):
        return True  # "President of Uzbekistan Is" where a page is cut off: a word of the language, no name
    if all(t.lower_ in not_names()["headline_verbs"] for t in span) and not kbase.load().known(span.text):
        return True  # a headline's "New German Foreign Minister Calls on X": the verb after the title
    if span.start > 0 and _country_words(doc[span.start - 1 : span.end]):
        return True  # "Arabia" of "the King of Saudi Arabia"
    if any(
        _country_words(doc[j : span.end + k])
        for j in range(span.start, span.end)
        for k in (1, 2, 3)
        if span.end + k <= len(doc) and (j == span.start or doc[span.end].is_alpha)
    ):
        # "Cote" of "Cote D'Ivoire", "Burkina" of "Burkina Faso", "Governance Antigua" of "... Antigua and Barbuda"
        return True
    if _title_words_only(span) or (not titled and _not_a_name(span)) or _organisation(span) or _a_people(span):
        return True
    if _portfolio_before_office(span) and not known:
        return True
    if any(
        _not_a_name(doc[span.start : span.end + k])
        for k in (1, 2)
        if span.end + k <= len(doc) and all(t.text[:1].isupper() for t in doc[span.end : span.end + k])
    ):
        return True  # "Artificial" of "Artificial Intelligence", "Public" of "Public Enterprises"
    letters = [c for c in span.text if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters) and not titled:
        return True  # "JHONN ZERPA", "CARACAS": credits and datelines shout
    if len(span) == 1 and 1 < len(letters) <= 3 and all(c.isupper() for c in letters):
        return True  # "UN", "AU", "EU": an acronym, never the "Un" of Kim Jong Un
    if len(span) == 1 and _opening_participle(span[0]) and _takes_lower_word(span) and not (known or titled):
        return True  # "Sharing views on the Middle East, X confirmed ...": a participle, not a name
    vw = locations.venue_words()
    if span[0].lower_ in vw["leading"]:
        return True  # "Palazzo Chigi"
    after = doc[span.end : span.end + 3]
    for k, tok in enumerate(after):
        if tok.lower_ in vw["heads"] or any(after[k:].text.lower().startswith(s) for s in vw["org"] if " " in s):
            return True  # "Miraflores (presidential) palace", "Miraflores Palace press office"
        if not (tok.pos_ == "ADJ" or tok.lower_ in vw["descriptive"] or (k == 0 and tok.is_quote)):
            break  # but 'the “Mayn Dorf” castle': a name in quotes before the building's word
    if len(span) > 1 and span[-1].lower_ in vw["heads"] and span.start > 0 and doc[span.start - 1].lower_ == "at":
        return True  # "at Raj Bhavan", "at Blair House": a building one is at
    if span.end < len(doc) and doc[span.end].lower_ in not_names()["place_heads"] and not titled:
        return True  # "Yangi O'zbekiston park", "Glasgow International Airport"
    if locations.after_place_noun(doc, span.start) and not titled:
        return True  # "the northeastern Indian city of Guwahati"
    if span.start > 0 and doc[span.start - 1].lower_ == "the" and not titled:
        return True  # "the Maduro government"
    if span.start > 1 and doc[span.start - 1].lower_ == "the" and doc[span.start - 2].lower_ in OFFICE_LINKS:
        return True  # "High Commissioner to Barbados and the Eastern Caribbean": the office's place, titled or not
    if span.start > 0 and fold(doc[span.start - 1].text) in not_names()["media_nouns"] and not titled:
        return True  # "told the daily La Nación": a publication
    if _outlet_staff(doc, span.start):
        return True  # "DW's Thomas Sparrow": a reporter of the story, no actor of it
    if places.country_name(span.text) and (not titled or len(span) > 1):
        return True  # "Brunei Darussalam" after "Second Minister of Foreign Affairs"
    if any(s <= span.start_char and span.end_char <= e for s, e, _ in locations.named_venue_spans(ctx.text)):
        return True  # "Aras" of "Aras an Uachtarain"
    if not titled:
        if known:  # a person the article names in full: only a major city used as a place outweighs that
            as_place = span.root.ent_type_ in ("GPE", "LOC") or (
                span.start > 0 and doc[span.start - 1].lower_ in locations.PLACE_PREPS
            )
            return places.is_major_city(span.text) and as_place
        place = places.lookup(span.text, alternates=False)
        if place is not None and (span.root.ent_type_ in ("GPE", "LOC") or _coordinated_with_place(span)):
            return True
        if (
            place is not None
            and len(span) == 1
            and span.start > 0
            and doc[span.start - 1].lower_ in locations.PLACE_PREPS
        ):
            return True  # "the two leaders are in Darwin": a city after "in" is the city
        if _coordinated_with_place(span) and span.root.ent_type_ != "PERSON" and not _after_its_country(span):
            return True
        if len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in UNKNOWN_PLACE_PREPS:
            return True  # "the pipeline in Kigamboni": one unknown word where a place stands is a place
        if (
            len(span) == 1
            and span.start > 0
            and doc[span.start - 1].text == "("
            and doc[span.end : span.end + 1].text == ")"
        ):
            return True  # "The Tanzania Zambia Oil pipeline (Tazama)": a short name in brackets after a long one
        if (
            _coordinated_with_place(span)
            and len(span) > 1
            and place is None
            and any(t.ent_type_ == "GPE" and not _unknown_place(t) for t in _place_conjuncts(span))
            and not _after_its_country(span)
        ):
            return True  # "Iwo Jima, Okinawa and Hiroshima" (not a name tagged as a place beside it)
    return False


UNKNOWN_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
OFFICE_LINKS = frozenset({"and", "to", "of", "for"})  # "Ambassador to X and the Y": Y is where the office is


def _organisations_named_like_people(ctx: ArticleContext, found: dict[tuple[int, int], Candidate]) -> None:
    """A given name and a surname the tagger took for an organisation ("with Beata Szydlo, her Polish
    counterpart" tagged ORG) when the story names that surname alone as a person elsewhere."""
    doc = ctx.doc
    surnames = {doc[e - 1].text for _s, e in found}
    # "Miguel Diaz-Canel Bermudez": the father's surname before the mother's is one too
    inner = [f" {doc[s + 1 : e].text} " for s, e in found if e - s > 2]
    for ent in doc.ents:
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 3:
            continue
        start, end = _trim_ent(doc, ent)
        span = doc[start:end]
        if (
            len(span) < 2
            or (span[-1].text not in surnames and not any(f" {span.text} " in rest for rest in inner))
            or not all(is_name_word(t) or (t.text == "-" and 0 < t.i - start < len(span) - 1) for t in span)
            or any(s < end and start < e for s, e in found)
            or ctx.headline_like(span.start_char)
            or rejected(ctx, span, titled=False)
        ):
            continue
        found[(start, end)] = Candidate(start, end, name_text(span), roles.title_before(doc, start), True)


INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]\.[A-Z]")  # "A.B.", "P.", "J.A"


def _initialled_names(ctx: ArticleContext, found: dict[tuple[int, int], Candidate]) -> None:
    """Initials and a surname the tagger took for anything but a person ("A.B. Vajpayee" tagged
    ORG, "J.A Kufuor") when the knowledge base holds one person of that surname whose given names
    those initials are."""
    doc = ctx.doc
    base = kbase.load()
    for tok in doc:
        if not INITIALS.fullmatch(tok.text) or tok.ent_type_ == "PERSON" or tok.i + 1 >= len(doc):
            continue
        start, end = tok.i, tok.i + 1
        while end < len(doc) and INITIALS.fullmatch(doc[end].text):
            end += 1  # "A. B. Vajpayee"
        if end >= len(doc) or not is_name_word(doc[end]) or doc[end].ent_type_ == "PERSON":
            continue
        end += 1
        span = doc[start:end]
        if any(s < end and start < e for s, e in found) or ctx.headline_like(span.start_char):
            continue
        if base.by_initials(doc[start : end - 1].text, doc[end - 1].text) is None:
            continue
        found[(start, end)] = Candidate(start, end, name_text(span), roles.title_before(doc, start), True)


def _named_after_the_post(ctx: ArticleContext, found: dict[tuple[int, int], Candidate]) -> None:
    """ "telephoned his Turkish counterpart in Washington Hasan Murat Mercan": a name the tagger took
    for an organisation, right after a title and the place of the post ("counterpart in Washington",
    "Ambassador to Kenya"), is the title's holder when the knowledge base knows its first word as a
    given name."""
    doc = ctx.doc
    voc = roles.vocabulary()
    for ent in doc.ents:
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 4 or ent.start < 3:
            continue
        place = ent.start - 1
        while place > 0 and doc[place - 1].ent_type_ == "GPE" and doc[place].ent_iob_ == "I":
            place -= 1
        title = doc[place - 2] if place >= 2 else None
        if (
            doc[ent.start - 1].ent_type_ != "GPE"
            or title is None
            or doc[place - 1].lower_ not in ("in", "to", "at")
            or not (roles.is_head(title) or title.lower_ in voc.relational)
            or not all(is_name_word(t) for t in ent)
            or not kbase.load().given_name(ent[0].text)
            or any(s < ent.end and ent.start < e for s, e in found)
        ):
            continue
        if ctx.headline_like(ent.start_char) or rejected(ctx, ent, titled=True):
            continue
        phrase = roles.title_before(doc, place)
        found[(ent.start, ent.end)] = Candidate(ent.start, ent.end, name_text(ent), phrase, True)


def _titled_organisations(ctx: ArticleContext, found: dict[tuple[int, int], Candidate]) -> None:
    """A title or style and a name the tagger took for an organisation ("with Sultan Haitham of
    Oman" tagged ORG): the name after the title is a person."""
    doc = ctx.doc
    voc = roles.vocabulary()

    def titled(tok: Token) -> bool:
        return (roles.is_head(tok) or roles.is_plural_head(tok) or tok.text in voc.honorifics) and (
            tok.lower_ not in voc.not_titles_alone
        )

    for ent in doc.ents:
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 8:
            continue
        # the last title inside it: "Sultan Haitham", "OSCE Minsk Group Co-Chairs Igor Popov"
        head = next((t for t in reversed(ent[:-1]) if titled(t)), None)
        country_end = _country_then_name(ent) if head is None else None
        styled = head is not None and head.text in voc.honorifics  # "Afioga Tuimalealiifano Vaaletoa Sualauvi II"
        if (head is None and country_end is None) or (
            head is not None and head.i == ent.start and len(ent) > 4 and not styled
        ):
            continue
        start, end = _trim_ent(doc, ent)
        if country_end is not None:
            start = country_end  # "The President of [the Hellenic Republic Prokopios Pavlopoulos]"
        elif head.i != ent.start:
            if doc[head.i + 1].lower_ in ("of", "for") or start > head.i + 1:
                continue  # "Minister of Public Works": a portfolio, not a name
            start = head.i + 1
        span = doc[start:end]
        if (
            not 1 <= len(span) <= (4 if styled else 3)
            or not all(is_name_word(t) for t in span)
            or any(s < end and start < e for s, e in found)
            or ctx.headline_like(span.start_char)
            or places.lookup(span.text)
            or rejected(ctx, span, titled=True)
        ):
            continue
        found[(start, end)] = Candidate(start, end, name_text(span), roles.title_before(doc, start), True)


POST_REACH = 8  # words from an envoy's title to the "to" of the country of the post


def _post_before(doc, prep: int) -> bool:
    """An envoy's title stands before ``prep`` in the same phrase: "Ambassador Extraordinary and
    Plenipotentiary of Belarus [to] ...", "Ambassador [to] ..."."""
    for k in range(prep - 1, max(-1, prep - 1 - POST_REACH), -1):
        tok = doc[k]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
        if roles.is_head(tok) and tok.lower_ in roles.vocabulary().envoy_heads:
            return True
    return False


def _country_then_name(ent: Span) -> int | None:
    """Where the name starts in an organisation the tagger made of a title's country and the name
    after it ("President of [the Hellenic Republic Prokopios Pavlopoulos]"): after the longest
    opening words that name a country or a territory ("President of [the Somaliland Dahir Riyale
    Kahin]"), when a title and "of" stand right before them."""
    doc = ent.doc
    if ent.start < 2 or not (
        (doc[ent.start - 1].lower_ == "of" and roles.is_head(doc[ent.start - 2]))
        or (doc[ent.start - 1].lower_ in ("to", "in") and _post_before(doc, ent.start - 1))
    ):
        return None
    first = ent.start + (doc[ent.start].lower_ == "the")
    for k in range(ent.end - 1, first, -1):
        place = places.lookup(doc[first:k].text)
        territory = place is not None and place.kind == "region" and bool(place.country)  # not a continent
        if place is not None and (place.kind == "country" or territory) and doc[k - 1].whitespace_:
            return k
    return None


def _ends_longer_organisation(span: Span) -> bool:
    """The span is the last word(s) of an organisation the tagger found, whose name began before it."""
    ent = next((e for e in span.doc.ents if e.start <= span.start < e.end), None)
    return ent is not None and ent.label_ == "ORG" and ent.start < span.start and ent.end == span.end


def _after_its_country(span: Span) -> bool:
    """A tagged person's name right after a country and a comma, as envoys are listed ("the
    ambassadors of Uruguay, Nester Navarro, and Chile, Julio Fiol")."""
    doc = span.doc
    if not (any(t.ent_type_ == "PERSON" for t in span) and span.start >= 2 and doc[span.start - 1].text == ","):
        return False
    before = next((e for e in doc.ents if e.end == span.start - 1), None)  # "Czech Republic, Petr Stepanek"
    texts = {doc[span.start - 2].text, before.text if before is not None else ""}
    return any(places.country_name(text) is not None for text in texts if text)


def _unknown_place(tok: Token) -> bool:
    """A word tagged as a place whose whole tagged name the gazetteer does not know ("Shinsuke
    Sugiyama" tagged GPE beside a person's name)."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    text = ent.text if ent is not None else tok.text
    return places.lookup(text, alternates=False) is None and not any(
        places.lookup(t.text, alternates=False) for t in (ent or [tok])
    )


def _place_conjuncts(span: Span) -> list[Token]:
    """The words coordinated with a span, but a country in the possessive, which belongs to the
    name after it ("Qatar's A and India's B": India is B's country, not a place in A's list)."""
    return [t for t in locations.conjuncts(span) if not any(c.dep_ == "case" for c in t.children)]


def _coordinated_with_place(span: Span) -> bool:
    for tok in _place_conjuncts(span):
        if tok.ent_type_ in ("GPE", "LOC"):
            return True
        if tok.text[:1].isupper() and places.lookup(tok.text, alternates=False) is not None:
            return True
    return False


def _country_after(doc: Doc, end: int) -> str | None:
    """A country stated right after a name: "King Abdullah II of Jordan"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    for width in (3, 2, 1):
        span = doc[end + 1 : end + 1 + width]
        if len(span) == width and all(t.text[:1].isupper() for t in span) and not places.is_demonym(span.text):
            country = places.country_name(span.text)
            if country:
                return country
    return None


def _titles_after_names(doc: Doc, cands: dict[tuple[int, int], Candidate]) -> None:
    """Titles set off by commas after names ("Ivan Horvat, Foreign Minister of Croatia"), and in a
    list of names each followed by its title ("with Sergey Lavrov, Foreign Minister of Russia,
    Jean-Marc Ayrault, Foreign Minister of France, ...") a title between two names is the office
    of the name before it, when that name has none of its own."""
    by_end = {end: cand for (_, end), cand in cands.items()}
    moved: set[int] = set()  # where the titles given to the names before them end
    for key in sorted(cands):
        cand = cands[key]
        phrase = cand.role
        if phrase is None or phrase.relational or phrase.start < 2 or doc[phrase.start - 1].text != ",":
            continue
        if doc[cand.start - 1].text != ",":
            continue  # "A, President Thabo Mbeki": the title is the one of the name it stands before
        before = by_end.get(phrase.start - 1)
        if before is None or before.role is not None:
            continue
        if doc[before.start - 1].text == "," and before.start not in moved:
            continue  # "the Chairperson of the Commission, A, Secretary General of B, C": titles before names
        before.role, cand.role = phrase, None
        moved.add(phrase.end)
    for cand in cands.values():
        # after a comma that closes a title or a name, not one that closes an opening phrase ("On Monday, X, ...")
        after_comma = (
            cand.start > 1
            and doc[cand.start - 1].text == ","
            and doc[cand.start - 2].pos_ in ("NOUN", "PROPN")
            and doc[cand.start - 2].ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
        )
        if cand.role is None and (cand.start in moved or not after_comma):
            # the list's last: "and Ivan Horvat, Foreign Minister of Croatia."
            cand.role = roles.title_after(doc, cand.end)


def _with_country_after(doc: Doc, cands: dict[tuple[int, int], Candidate]) -> None:
    for cand in cands.values():
        if cand.role is not None and not cand.role.country:
            country = _country_after(doc, cand.end)
            if country:
                cand.role = replace(cand.role, country=country)


def _mislabelled_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is an entity of one word the tagger labelled a place or a body, which no
    gazetteer knows: a surname after given names ("Khurshid Mehmood [Kasuri]" taken for a town)."""
    tok = doc[i]
    alone = tok.ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
    return (
        alone
        and tok.ent_type_ in ("GPE", "LOC", "ORG", "NORP")
        and places.lookup(tok.text) is None
        and not places.is_demonym(tok.text)
    )


def find_candidates(ctx: ArticleContext, known: Callable[[str], object] | None = None) -> list[Candidate]:
    """Name mentions: PERSON entities and name chains after a title, filtered; with ``known`` (a
    lookup of people seen in other articles), also name chains that name a known person."""
    doc = ctx.doc
    found: dict[tuple[int, int], Candidate] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = _trim_ent(doc, ent)
        start = _untagged_given_names(doc, start)
        if start > 0 and okina_at(doc, start - 1):
            start -= 1  # "‘Akilisi Pohiva": the glottal stop opens the name
        while (
            end - start > 1
            and fold(doc[end - 1].text) in not_names()["headline_verbs"]
            and (doc[end - 1].pos_ in ("VERB", "AUX", "ADP") or ctx.headline_like(doc[start].idx))
        ):
            end -= 1  # "Erdogan Slams" of a headline: the name without the verb after it
        while end - start > 1 and _participle_with_object(doc[end - 1]):
            end -= 1  # "Obama Returning a call": the name without the participle that takes an object
        if start >= end or not _looks_like_name(doc[start:end]):
            continue  # "Tengo la seguridad": a foreign phrase, not a name
        first = start  # "von der [Leyen]": a name the tagger starts at its particles
        while first < min(end, len(doc) - 1) and doc[first].lower_ in names.PARTICLES:
            first += 1
        chain = max(name_end(doc, first), first + 1) if is_name_word(doc[first]) else end
        if chain > end and (
            doc[end - 1].lower_ in names.PARTICLES or doc[end].lower_ in names.PARTICLES or doc[end].text in OKINA
        ):
            end = chain  # the tagger stopped at a particle ("Ursula von" of "Ursula von der Leyen") or an okina
        while chain < end - 1 and _closing_apostrophe(doc, chain):
            chain = name_end(doc, chain + 1)  # "Mohammed Shia' Al Sudani": the tagger's name goes on
        while (
            end < chain
            and doc[end].pos_ == "PROPN"
            and (
                (
                    doc[end - 1].dep_ == "compound"
                    and doc[end - 1].head.i == end
                    and (not doc[end].ent_type_ or _mislabelled_word(doc, end))
                )
                # "Phạm Minh [Chính]": a last name no gazetteer knows, tagged a place whatever its parse
                or (_mislabelled_word(doc, end) and doc[end].ent_type_ != "ORG" and not doc[end].is_upper)
            )
        ):
            end += 1  # "Khurshid Mehmood [Kasuri]": the tagger stopped before the name's own head word
        end = suffixed_end(doc, _hyphened_given_name(doc, min(end, chain), chain))
        if any(s <= start and end <= e for s, e in found):
            continue  # "Alawi Abdullah" of "Yousuf ibn Alawi Abdullah": the name before ran on through it
        span = doc[start:end]
        phrase = roles.title_before(doc, start)
        # a style right before the name titles it too: "Dr. Marius Haas, Germany" is no place beside a country
        styled = start > 0 and _honorific_at(doc, start - 1)
        if rejected(ctx, span, titled=phrase is not None or styled):
            continue
        # a title-case headline runs words into names; one after a title word is a name ("President Ruto,")
        confirmed = not ctx.headline_like(span.start_char) or (phrase is not None and _titled_in_headline(ctx, span))
        end, text = _lowercase_surname(doc, start, end, known)
        found[(start, end)] = Candidate(start, end, text, phrase, confirmed)
    for tok in doc:
        if not roles.is_head(tok):
            continue
        start = tok.i + 1
        while start < len(doc) and _honorific_at(doc, start):
            start += 1  # "Foreign Minister Sheikh Mohammed", "President His Excellency X"
        start = _past_office_of(doc, start)  # "President of France Francois Hollande"
        while start < len(doc) and (_honorific_at(doc, start) or _hyphened_rank(doc, start)):
            start += 3 if _hyphened_rank(doc, start) else 1  # "of Bangladesh Sheikh Hasina", "chief Major-General X"
        if start >= len(doc) or not (is_name_word(doc[start]) or okina_at(doc, start)):
            continue
        end = name_end(doc, start)
        while _portfolio_word(doc, start, end):
            start += 1
        if end <= start or any(s < start < e or (s <= start and e >= end) for s, e in found):
            continue
        span = doc[start:end]
        if span.root.ent_type_ in ("NORP", "DATE", "TIME") or not _titled_in_headline(ctx, span):
            continue
        if (
            span.root.ent_type_ in ("GPE", "LOC")
            and (len(span) == 1 or places.lookup(span.text, alternates=False))
            and not roles.is_head(span[0])  # "Prince Sultan": a given name that is a title word is no place
        ):
            continue  # a place after a title word; a full name the tagger took for one ("President Thabo Mbeki") stays
        if len(span) == 1 and _ends_longer_organisation(span):
            continue  # "Secretary-General of the Organization of American States": the organisation's last word
        phrase = roles.title_before(doc, start)
        if (phrase is None and not _relational_before_name(tok, span)) or rejected(ctx, span, titled=True):
            continue
        shorter = [k for k in found if start <= k[0] and k[1] <= end]
        if any(s <= start < e or start <= s < end for s, e in found if (s, e) not in shorter):
            continue
        for k in shorter:  # the tagger cut the name short: "Yvan Gil" of "Yvan Gil Pinto"
            del found[k]
        end, text = _lowercase_surname(doc, start, end, known)
        found[(start, end)] = Candidate(start, end, text, phrase, True)
    # a name after a form of address that the tagger took for a place ("will meet with Mr Salwai"),
    # or a full name after a form of address or a style that it left untagged ("Mr Tore Nedrebo of the
    # Kingdom of Norway", "the Most Honourable Dame Marguerite Pindling")
    voc = roles.vocabulary()
    for tok in doc:
        if tok.text not in voc.honorifics or tok.i + 1 >= len(doc):
            continue
        start = tok.i + 1
        end = name_end(doc, start)
        untagged = end - start >= 2 and all(t.ent_iob_ == "O" for t in doc[start:end])
        # "Mr Tbilisi ...", "the Honourable Anita R. [Neville]": a name after a style that the tagger took,
        # whole or its last word, for a place
        mistagged = (tok.text in voc.forms_of_address and doc[start].ent_type_ in ("GPE", "LOC")) or (
            end - start >= 2
            and {t.ent_type_ for t in doc[start:end]} == {"", "GPE"}
            and doc[start].ent_type_ == ""
            and kbase.load().given_name(doc[start].text)
        )
        # "Mr Netanayhu" left untagged: a surname of a full name found before, however misspelt
        surname = (
            tok.text in voc.forms_of_address
            and end - start == 1
            and doc[start].ent_iob_ == "O"
            and any(len(names.words(c.text)) > 1 and names.same_person(doc[start].text, c.text) for c in found.values())
        )
        if not is_name_word(doc[start]) or not (untagged or mistagged or surname):
            continue
        span = doc[start:end]
        if end <= start or any(s < end and start < e for s, e in found) or places.lookup(span.text, alternates=False):
            continue
        if ctx.headline_like(span.start_char) or rejected(ctx, span, titled=True):
            continue
        end, text = _lowercase_surname(doc, start, end, known)
        found[(start, end)] = Candidate(start, end, text, None, True)
    # untagged full names after a long title: "President of the ... Chamber of Commerce in China Jens Eskelund"
    for tok in doc:
        if (
            tok.ent_iob_ != "O"
            or not is_name_word(tok)
            or _honorific_at(doc, tok.i)
            or (
                tok.i > 0
                and is_name_word(doc[tok.i - 1])
                and doc[tok.i - 1].ent_iob_ == "O"
                and not _honorific_at(doc, tok.i - 1)
            )
        ):
            continue
        start, end = tok.i, name_end(doc, tok.i)
        if start > 0 and okina_at(doc, start - 1):
            start -= 1  # "Dr. ‘Aisake Valu Eke"
        while _portfolio_word(doc, start, end):
            start += 1
        if end - start < 2 or any(t.ent_iob_ != "O" for t in doc[start:end]):
            continue
        if any(s <= start < e or start <= s < end for s, e in found):
            continue
        span = doc[start:end]
        phrase = roles.title_before(doc, start)
        if phrase is None or ctx.headline_like(span.start_char) or rejected(ctx, span, titled=True):
            continue
        if _second_portfolio(doc, start):
            continue  # "The Minister of Foreign Affairs and Human Mobility, X": the office's second portfolio
        found[(start, end)] = Candidate(start, end, name_text(span), phrase, True)
    # a lone name the tagger took for an organisation, subject of a verb only people do: "Maduro wrote"
    for tok in doc:
        if tok.dep_ not in ("nsubj",) or tok.head.lemma_.lower() not in person_verbs() or tok.pos_ != "PROPN":
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and is_name_word(doc[start - 1]):
            start -= 1
        end = tok.i + 1
        if any(s < end and start < e for s, e in found) or not is_name_word(doc[start]):
            continue
        span = doc[start:end]
        if span.root.ent_type_ not in ("", "ORG") or ctx.headline_like(span.start_char):
            continue
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and (ent.start < start or ent.end > end):
            continue  # part of a longer organisation name: "the State Department said"
        if rejected(ctx, span, titled=False) or span.text in agencies():
            continue
        found[(start, end)] = Candidate(start, end, name_text(span), roles.title_before(doc, start), True)
    _untagged_names_titled_after(ctx, found)
    _places_coordinated_with_people(ctx, found)
    _names_listed_by_country(ctx, found)
    _organisations_named_like_people(ctx, found)
    _titled_organisations(ctx, found)
    _named_after_the_post(ctx, found)
    _initialled_names(ctx, found)
    if known is not None:
        _known_names(ctx, found, known)
        _given_names_sharing_a_surname(ctx, found, known)
    _hyphened_pairs(ctx, found)
    _country_before_names(doc, found)
    _titles_after_names(doc, found)
    _with_country_after(doc, found)
    for cand in found.values():
        cand.country = cand.role.country if cand.role is not None else roles.possessive_country(doc, cand.start)
    return [found[k] for k in sorted(found)]


def _country_before_names(doc: Doc, found: dict[tuple[int, int], Candidate]) -> None:
    """A name of three words or more that opens with a country's name is the name after it ("of the
    People's Republic of [Bangladesh Gousal Azam Sarker]"), unless the knowledge base knows it whole."""
    for (start, end), cand in list(found.items()):
        if end - start < 3 or not places.country_name(doc[start].text) or kbase.load().known(cand.text):
            continue
        if not is_name_word(doc[start + 1]) or not doc[start].whitespace_:
            continue  # "France-Japan Partnership": one word
        if any(s < end and start + 1 < e for s, e in found if (s, e) != (start, end)):
            continue
        del found[(start, end)]
        found[(start + 1, end)] = replace(cand, start=start + 1, text=name_text(doc[start + 1 : end]))


def _places_coordinated_with_people(ctx: ArticleContext, found: dict[tuple[int, int], Candidate]) -> None:
    """A full name the tagger took for a place that no gazetteer knows, coordinated with people:
    the other side of a person after "between" ("the meeting between Isao Iijima and Kim Yong Il"),
    or one item of a list of two or more people ("A (Italy), B (Germany), Karin Boven (Netherlands)
    and C"); not an item of a list of places ("the Oti, North East and Savanna Regions")."""
    doc = ctx.doc
    roots = {doc[s:e].root.i for s, e in found if doc[s:e].root.ent_type_ == "PERSON"}
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC") or not 2 <= len(ent) <= 3 or not all(is_name_word(t) for t in ent):
            continue
        if any(s < ent.end and ent.start < e for s, e in found) or places.lookup(ent.text, alternates=False):
            continue
        if ctx.headline_like(ent.start_char):
            continue
        first = nlp.first_conjunct(ent.root)
        items = {t.i for t in locations.conjuncts(ent)}
        between = first.dep_ == "pobj" and first.head.lower_ == "between"
        if len(items & roots) < (1 if between else 2) or rejected(ctx, ent, titled=False):
            continue
        found[(ent.start, ent.end)] = Candidate(
            ent.start, ent.end, name_text(ent), roles.title_before(doc, ent.start), True
        )


def _hyphened_pairs(ctx: ArticleContext, found: dict[tuple[int, int], Candidate]) -> None:
    """ "the Trump-Kim summit", "the Obama-Rouhani call": two surnames joined by a hyphen before a
    noun, each the last word (or, for a name given family name first, the first) of a person the
    story names in full, are two mentions."""
    doc = ctx.doc
    # the last word of a name, or the first of one given family name first ("Kim" of "Kim Jong Un")
    surnames = {fold(c.text.split()[k]) for c in found.values() if len(c.text.split()) > 1 for k in (0, -1)}
    for i in range(len(doc) - 3):
        first, dash, second, noun = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
        if dash.text not in ("-", "–") or first.whitespace_ or dash.whitespace_ or noun.pos_ != "NOUN":
            continue
        if (
            fold(first.text) not in surnames
            or fold(second.text) not in surnames
            or fold(first.text) == fold(second.text)
        ):
            continue
        for k in (first.i, second.i):
            if not any(s <= k < e for s, e in found):
                found[(k, k + 1)] = Candidate(k, k + 1, doc[k].text, None, True)


def _names_listed_by_country(ctx: ArticleContext, found: dict[tuple[int, int], Candidate]) -> None:
    """ "met Presidents A of South Africa, B of Angola, Felipe Jacinto Nyusi of Mozambique": a name
    the tagger missed or took for an organisation (the whole of it) in a list of people each given
    with their country ("NAME of COUNTRY"), after a comma or an "and", is one of them, when the
    knowledge base knows its first word as a given name or the list holds two such people already."""
    doc = ctx.doc

    def country_end(end: int) -> int | None:  # the end of "of COUNTRY" after a name, if one follows
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return None
        ends = [k for k in range(end + 2, min(end + 5, len(doc) + 1)) if places.country_name(doc[end + 1 : k].text)]
        return ends[0] if ends else None

    def of_country(end: int) -> bool:
        return country_end(end) is not None

    listed: dict[int, int] = {}
    for s, e in found:
        if of_country(e):
            listed[doc[s].sent.start] = listed.get(doc[s].sent.start, 0) + 1
    for tok in doc:
        if tok.i == 0 or doc[tok.i - 1].lower_ not in (",", "and") or tok.sent.start not in listed:
            continue
        start, end = tok.i, name_end(doc, tok.i)
        types = {t.ent_type_ for t in doc[start:end]}
        closing = country_end(end)
        # the whole organisation the tagger saw is the name, or the name and its country
        ent = next((e for e in doc.ents if e.start == start), None)
        whole = ent is not None and ent.end in (end, closing)
        if end - start < 2 or closing is None or not (types == {""} or (types == {"ORG"} and whole)):
            continue
        if any(s < end and start < e for s, e in found):
            continue
        if not kbase.load().given_name(tok.text) and listed[tok.sent.start] < 2:
            continue
        span = doc[start:end]
        if ctx.headline_like(span.start_char) or rejected(ctx, span, titled=True):
            continue
        found[(start, end)] = Candidate(start, end, name_text(span), roles.title_before(doc, start), True)


def _untagged_names_titled_after(ctx: ArticleContext, found: dict[tuple[int, int], Candidate]) -> None:
    """A full name the tagger missed or took for an organisation, set off by the title after it
    ("met with Henrietta Fore, the Executive Director of UNICEF")."""
    doc = ctx.doc
    for tok in doc:
        if tok.ent_type_ not in ("", "ORG") or not is_name_word(tok) or (tok.i > 0 and is_name_word(doc[tok.i - 1])):
            continue
        start, end = tok.i, name_end(doc, tok.i)
        types = {t.ent_type_ for t in doc[start:end]}
        if end - start < 2 or len(types) != 1 or not types <= {"", "ORG"}:
            continue
        whole = all(t.ent_iob_ == "I" for t in doc[start + 1 : end]) and (end == len(doc) or doc[end].ent_iob_ != "I")
        if types == {"ORG"} and not (tok.ent_iob_ == "B" and whole):
            continue  # the words are part of an organisation's longer name
        if any(s < end and start < e for s, e in found) or roles.title_after(doc, end) is None:
            continue
        span = doc[start:end]
        if ctx.headline_like(span.start_char) or rejected(ctx, span, titled=True):
            continue
        found[(start, end)] = Candidate(start, end, name_text(span), None, True)


def _given_names_sharing_a_surname(
    ctx: ArticleContext, found: dict[tuple[int, int], Candidate], known: Callable[[str], object]
) -> None:
    """ "Barack and Michelle Obama": a lone given name joined to a full name takes its surname when
    the two make a known person's name (never "Putin and Xi Jinping": "Putin Jinping" is nobody)."""
    doc = ctx.doc
    for (start, end), cand in list(found.items()):
        if end - start < 2 or start < 2 or doc[start - 1].lower_ != "and":
            continue
        first = doc[start - 2]
        if not is_name_word(first) or (first.i > 0 and is_name_word(doc[first.i - 1])):
            continue
        if any(s <= first.i < e for s, e in found) and (first.i, first.i + 1) not in found:
            continue
        form = f"{first.text} {doc[end - 1].text}"
        if known(form) is None or rejected(ctx, doc[first.i : first.i + 1], titled=False, known=True):
            continue
        found[(first.i, first.i + 1)] = Candidate(
            first.i, first.i + 1, form, roles.title_before(doc, first.i), cand.confirmed
        )


def _known_names(ctx: ArticleContext, found: dict[tuple[int, int], Candidate], known: Callable[[str], object]) -> None:
    """A name the tagger missed ("Scholz met ...", "her Sri Lankan Mahinda Rajapaksa") that names a
    person already known from other articles or the knowledge base."""
    doc = ctx.doc
    for tok in doc:
        if tok.pos_ != "PROPN" or not is_name_word(tok) or (tok.i > 0 and is_name_word(doc[tok.i - 1])):
            continue
        end = max(name_end(doc, tok.i), tok.i + 1)
        if any(s < end and tok.i < e for s, e in found):
            continue
        if end - tok.i > 1 and places.lookup(doc[tok.i : end].text, alternates=False) is not None:
            continue  # "Sharm el-Sheikh": a town's name, no part of it a known person's
        # the name after a country the chain opens with ("her Sri Lankan Mahinda
        # Rajapaksa") or ends ("of the Russian Federation Igor Ivanov"), else the whole chain
        after = tok.i
        while after < end - 2:
            if _country_word(doc[after]) or (after > 0 and _country_words(doc[after - 1 : after + 1])):
                after += 1
            elif _country_words(doc[after : after + 2]):
                after += 2
            elif _portfolio_word(doc, after, end):
                after += 1  # "Chairperson-in-Office Andrzej Kasprzyk"
            else:
                break
        # else the longest known name that ends the chain ("Worship Diana Elena Mondino" of "Minister
        # of Foreign Affairs, International Trade and Worship Diana Elena Mondino")
        for start in dict.fromkeys([after, tok.i, *range(after + 1, end - 1)]):
            span = doc[start:end]
            if ctx.headline_like(span.start_char) and (len(span) < 2 or not kbase.load().known(span.text)):
                continue  # a headline's capitals run words into names; a full name the base knows is still one
            if span.root.ent_type_ not in ("", "ORG", "PERSON") and (len(span) < 2 or places.lookup(span.text)):
                continue  # a full name the tagger took for a place ("Hugo Chávez" as LOC) is still his
            if known(span.text) is None or rejected(ctx, span, titled=False, known=True):
                continue
            found[(start, end)] = Candidate(start, end, name_text(span), roles.title_before(doc, start), True)
            break
