"""Titles of office in a parsed doc: the role before a name, and describing phrases.

Reads the vocabulary of offices from ``ingest/data/titles.json`` and finds, by token position:

* ``title_before(doc, i)``: the title phrase that ends right before a name starting at token ``i``
  ("Iran's Foreign Minister", "Venezuelan Oil Minister", "Syria's newly appointed president for a
  transitional phase"), with the country it is for;
* ``description_at(doc, i)``: a phrase headed by token ``i`` that stands for a person without
  naming them ("the visiting Iranian foreign minister", "the top Iranian diplomat",
  "his recently-appointed Venezuelan counterpart", "Iran FM");
* ``title_matches(phrase, role)``: whether such a phrase can stand for a holder of ``role``;
* ``possessive_country(doc, i)``: the country of a possessive before a name ("Iran's Raisi").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from diplograph.ingest import places
from diplograph.ingest.datafiles import read_json
from diplograph.ingest.records import Role

POSSESSIVE = {"'s", "’s", "'", "’"}
DETERMINERS = {"the", "his", "her", "their", "its", "our", "a", "an"}
QUALIFIER_PREPS = {"for", "of", "to", "at"}
MAX_PORTFOLIO = 3  # capitalised words of a portfolio before "minister" ("Science and Technology" is not one)
MAX_QUALIFIER = 10  # tokens between a title's head and the name ("president for a transitional phase")


@dataclass(frozen=True)
class Vocabulary:
    """The words of office read from ``titles.json`` (see its ``_about``)."""

    heads: frozenset[str]
    modifiers: frozenset[str]
    transient: frozenset[str]
    abbreviations: dict
    synonyms: dict
    distinct: frozenset[str]
    relational: frozenset[str]
    not_titles_alone: frozenset[str]
    honorifics: frozenset[str] = frozenset()
    forms_of_address: frozenset[str] = frozenset()
    ranks: frozenset[str] = frozenset()
    gendered: dict = field(default_factory=dict)  # "male"/"female" -> folded forms of address and titles
    post_nominals: frozenset[str] = frozenset()  # honours written after a name: "OFR", "GCON", "MBE"
    name_styles: frozenset[str] = frozenset()  # styles kept before a lone given name: "Sheikh Mohamed"
    monarch_styles: frozenset[str] = frozenset()  # a monarch's title kept before a lone regnal name: "King Philippe"
    envoy_heads: frozenset[str] = frozenset()  # offices held abroad: "ambassador", never held with a state's own
    kin: frozenset[str] = frozenset()  # words naming someone's relative: "his father X"
    capitalised_offices: frozenset[str] = frozenset()  # of not_titles_alone: an office when capitalised: "Speaker X"
    honorific_pairs: frozenset[str] = frozenset()  # styles of two words, each a name word alone: "Tan Sri"
    # words after a head that say nothing of the office: "extraordinary and plenipotentiary"
    epithets: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The titles vocabulary from ``titles.json``."""
    raw = read_json("titles.json")
    return Vocabulary(
        heads=frozenset(raw["heads"]),
        modifiers=frozenset(raw["modifiers"]),
        transient=frozenset(raw["transient"]),
        abbreviations=dict(raw["abbreviations"]),
        synonyms={k: tuple(v) for k, v in raw["synonyms"].items()},
        distinct=frozenset(raw["distinct"]),
        relational=frozenset(raw["relational"]),
        not_titles_alone=frozenset(raw["not_titles_alone"]),
        honorifics=frozenset(raw.get("honorifics", ())),
        forms_of_address=frozenset(raw.get("forms_of_address", ())),
        ranks=frozenset(raw.get("ranks", ())),
        gendered={k: frozenset(v) for k, v in raw.get("gendered", {}).items()},
        post_nominals=frozenset(raw.get("post_nominals", ())),
        name_styles=frozenset(raw.get("name_styles", ())),
        monarch_styles=frozenset(raw.get("monarch_styles", ())),
        envoy_heads=frozenset(raw.get("envoy_heads", ())),
        kin=frozenset(raw.get("kin", ())),
        capitalised_offices=frozenset(raw.get("capitalised_offices", ())),
        honorific_pairs=frozenset(raw.get("honorific_pairs", ())),
        epithets=tuple(raw.get("epithets", ())),
    )


@dataclass(frozen=True)
class TitlePhrase:
    """A title phrase by token offsets: ``doc[start:end]``, its head token, and what it says."""

    start: int
    end: int
    head: int
    title: str  # canonical form: "Foreign Minister", "President for a transitional phase"
    country: str | None = None
    words: tuple[str, ...] = ()  # lower-case office words: ("foreign", "minister")
    relational: bool = False  # "counterpart": names a person through another
    also: tuple[Role, ...] = ()  # other offices stated with it ("Prime Minister and Foreign Minister")
    organisation: str | None = None  # "Hamas" in "Hamas leader"

    @property
    def role(self) -> Role:
        return Role(self.title, self.country)


def is_head(token: Token) -> bool:
    """True for the noun of a title: 'minister', 'President', 'FM' (not a plural, nor an adjective
    before a common noun: 'the official opening')."""
    voc = vocabulary()
    if token.text in voc.abbreviations:
        return True
    adjective = token.tag_ == "JJ" and token.dep_ == "amod" and token.head.tag_ in ("NN", "NNS")
    return token.lower_ in voc.heads and token.tag_ not in ("NNS", "NNPS") and not adjective


def is_plural_head(token: Token) -> bool:
    """A title noun in the plural ("Ministers", "Presidents"): before a list of names, never a name."""
    low = token.lower_
    heads = vocabulary().heads
    return (low.endswith("ies") and low[:-3] + "y" in heads) or (low.endswith("s") and low[:-1] in heads)


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _blank(token: Token) -> bool:
    """A run of spaces within a line (a scrape's "President  Omar"), not a line break."""
    return token.is_space and "\n" not in token.text


def _clean_words(span) -> bool:
    """True when a span is words only (no punctuation, no line breaks) inside one sentence."""
    return all(not t.is_punct and not t.is_space for t in span) and not any(t.is_sent_start for t in span[1:])


def _country_at(doc: Doc, k: int) -> tuple[str | None, int]:
    """A country stated by the tokens ending at ``k`` (a demonym, 'Iran's', 'Iran'); its first token."""
    if k < 0:
        return None, k + 1
    tok = doc[k]
    if tok.text in POSSESSIVE and k > 0:
        # "Iran's", "South Korea's", "Trinidad and Tobago's"
        for width in (4, 3, 2, 1):
            if k - width < 0:
                continue
            span = doc[k - width : k]
            if not _clean_words(span):
                continue
            country = places.country_name(span.text)
            before = doc[k - width - 1] if k - width > 0 else None
            if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.head == span[-1]:
                return None, k + 1  # "Northern Ireland's": the name is longer than the country's
            if country and not places.is_demonym(span.text):
                return country, k - width
        return None, k + 1
    for width in (4, 3, 2, 1):  # "Saint Kitts and Nevis", "Trinidad and Tobago", "South Sudan", "Iran"
        if k - width + 1 < 0:
            continue
        span = doc[k - width + 1 : k + 1]
        if not span.text[:1].isupper() or not _clean_words(span):
            continue
        country = places.country_name(span.text)
        if country:
            return country, k - width + 1
    return None, k + 1


def possessive_country(doc: Doc, i: int) -> str | None:
    """The country stated by a possessive right before token ``i`` ("Iran's Raisi"), or None."""
    if i < 2 or doc[i - 1].text not in POSSESSIVE or doc[i].is_sent_start:
        return None
    country, _ = _country_at(doc, i - 1)
    return country


def _left_modifiers(doc: Doc, head: int) -> tuple[int, list[str]]:
    """Walk left from a head over words of office; returns the first index and the words."""
    voc = vocabulary()
    k = head
    words: list[str] = []
    named = 0  # capitalised words of a portfolio taken so far ("External Affairs")
    while k - 1 >= 0:
        tok = doc[k - 1]
        low = tok.lower_
        if doc[k].is_sent_start:
            break
        if low in voc.modifiers and not places.is_demonym(tok.text):
            words.insert(0, low)
            k -= 1
            continue
        if (
            tok.text == "-"
            and not tok.whitespace_
            and k - 2 >= 0
            and not doc[k - 2].whitespace_
            and (doc[k - 2].lower_ in voc.modifiers or doc[k - 2].lower_ in voc.heads)
        ):
            words.insert(0, doc[k - 2].lower_ + "-")  # "Secretary-General", "Vice-President"
            k -= 2
            continue
        # "Oil Minister", "External Affairs Minister": capitalised words of a portfolio before minister/secretary
        if (
            doc[head].lower_ in ("minister", "secretary")
            and tok.text[:1].isupper()
            and (tok.pos_ in ("NOUN", "PROPN") or (named and tok.pos_ == "ADJ"))
            and _country_at(doc, k - 1)[0] is None  # "Trinidad and Tobago Prime Minister": a country's last word
            and tok.ent_type_ not in ("PERSON", "DATE", "TIME", "NORP", "GPE")
            and len(words) == named < MAX_PORTFOLIO
        ):
            words.insert(0, low)
            named += 1
            k -= 1
            continue
        break
    return k, words


def _phrase(doc: Doc, head: int, end: int, qualifier: str = "") -> TitlePhrase:
    """Build the title phrase around ``head``: modifiers, transient words, then the country."""
    voc = vocabulary()
    head_tok = doc[head]
    k, words = _left_modifiers(doc, head)
    if head_tok.text in voc.abbreviations:
        full = voc.abbreviations[head_tok.text]
        title_words = [w.lower() for w in full.split()]
    else:
        title_words = words + [head_tok.lower_]
    # "Secretary-" + "General" -> "secretary-general"
    merged: list[str] = []
    for w in title_words:
        if merged and merged[-1].endswith("-"):
            merged[-1] += w
        else:
            merged.append(w)
    title_words = merged
    # words about the holder, not the office: "newly appointed", "the visiting", "top"
    j = k
    while (
        j - 1 >= 0
        and not doc[j].is_sent_start
        and (doc[j - 1].lower_ in voc.transient or (doc[j - 1].pos_ == "ADV" and doc[j - 1].lower_.endswith("ly")))
    ):
        j -= 1
    while j - 1 >= 0 and _blank(doc[j - 1]) and not doc[j].is_sent_start:
        j -= 1  # "Sudan's  President"
    country, cstart = (None, j) if (j < len(doc) and doc[j].is_sent_start) else _country_at(doc, j - 1)
    also: tuple[Role, ...] = ()
    own_determiner = any(doc[x].lower_ in DETERMINERS for x in range(j, head))  # "the US President and the PM": two
    if (
        not country
        and not own_determiner
        and j - 2 >= 0
        and doc[j - 1].lower_ == "and"
        and is_head(doc[j - 2])
        and not doc[j].is_sent_start
    ):
        # "Qatar's Prime Minister and Foreign Minister": the country covers both offices; not "the
        # Chinese Ambassador and President X", an envoy's office and a state's, two people's
        other = _phrase(doc, j - 2, j - 1)
        envoys = vocabulary().envoy_heads
        if other.country and (doc[j - 2].lower_ in envoys) == (doc[head].lower_ in envoys):
            country, cstart, also = other.country, other.start, (other.role,)
    org = ""
    if not country and j - 1 >= 0 and not doc[j].is_sent_start:
        org_span = _organisation_at(doc, j - 1)
        if org_span is not None:
            org, j = org_span.text, org_span.start
            if len(org_span) > 1 and places.is_demonym(org_span[0].text):
                # "Russian Foreign Ministry spokeswoman": the ministry's country is the role's
                country, org = places.country_name(org_span[0].text), org_span[1:].text
    if country:
        start = cstart
        while (
            start - 1 >= 0
            and not doc[start].is_sent_start
            and (doc[start - 1].lower_ in voc.transient or doc[start - 1].pos_ == "ADV")
        ):
            start -= 1
        start = next((x for x in range(start, cstart) if doc[x].lower_ in DETERMINERS), cstart)
    else:
        start = next((x for x in range(j, k) if doc[x].lower_ in DETERMINERS), k)
    title = " ".join(_cap(w) for w in title_words)
    if org:
        title = f"{org} {title}"  # "Hamas Leader", "U.N. Secretary-General"
        start = min(start, j)
    if qualifier:
        of_part, posting = qualifier[3:], ""
        if head_tok.lower_ in voc.envoy_heads and " to " in of_part:
            # "Ambassador of Ethiopia to Ghana": the envoy's country sends, the one after "to" receives
            of_part, posting = of_part.split(" to ", 1)
        of_country = places.country_name(of_part) if qualifier.lower().startswith("of ") else None
        portfolio, _, last = of_part.rpartition(" of ")
        # "Minister of Foreign Affairs of Ghana": the portfolio, then the country
        tail_country = places.country_name(last) if qualifier.lower().startswith("of ") and portfolio else None
        if of_country and not places.is_demonym(of_part):
            country = country or of_country
            if posting:
                title = f"{title} to {posting}"
        elif tail_country and not places.is_demonym(last) and not posting:
            country = country or tail_country
            title = f"{title} of {portfolio}"
        else:
            title = f"{title} {qualifier}"
    relational = head_tok.lower_ in voc.relational
    return TitlePhrase(
        start=start,
        end=end,
        head=head,
        title=title,
        country=country,
        words=tuple(title_words),
        relational=relational,
        also=also,
        organisation=org or None,
    )


def _organisation_at(doc: Doc, k: int) -> Span | None:
    """An organisation name ending at token ``k`` ("Hamas", "NATO", "U.N.", "Kremlin"), or None."""
    tok = doc[k]
    if not tok.text[:1].isupper() or tok.is_punct or places.country_name(tok.text):
        return None
    if tok.text in vocabulary().honorifics:
        return None  # "HH the Emir": a style, not an organisation
    if tok.ent_type_ == "ORG":
        ent = next((e for e in doc.ents if e.start <= k < e.end), None)
        if ent is not None and ent.end == k + 1:
            start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            return doc[start : k + 1] if start <= k else None
    letters = tok.text.replace(".", "")
    if len(letters) >= 2 and letters.isupper() and letters.isalpha() and tok.ent_type_ not in ("GPE", "NORP", "PERSON"):
        return doc[k : k + 1]
    return None


def title_before(doc: Doc, name_start: int) -> TitlePhrase | None:
    """The title phrase right before a name that starts at token ``name_start``, or None."""
    j = name_start - 1
    voc = vocabulary()
    while j >= 0 and (
        doc[j].text in voc.honorifics
        or (j > 0 and f"{doc[j - 1].text} {doc[j].text}" in voc.honorific_pairs)  # "Prime Minister Tan Sri X"
        or (j + 1 < name_start and f"{doc[j].text} {doc[j + 1].text}" in voc.honorific_pairs)
        or _blank(doc[j])
        or (doc[j].lower_ in ("his", "her") and j + 1 < name_start and doc[j + 1].text in voc.honorifics)
    ):
        j -= 1  # "Foreign Minister Sheikh Mohammed", "to Nigeria Her Excellency X", "President  Omar" (a double space)
    name_start = j + 1
    if j < 0:
        return None
    if is_head(doc[j]) and doc[j].lower_ not in voc.relational:
        phrase = _phrase(doc, j, name_start)
        outer = phrase.start - 1
        if not phrase.country and outer >= 0 and is_head(doc[outer]) and doc[outer].lower_ not in voc.relational:
            # stacked titles: "Saudi Foreign Minister Prince Faisal bin Farhan"
            first = _phrase(doc, outer, phrase.start)
            # the office first ("Foreign Minister"), the rank after it ("Prince")
            phrase = TitlePhrase(
                start=first.start,
                end=phrase.end,
                head=first.head,
                title=first.title,
                country=first.country,
                words=first.words,
                relational=first.relational,
                also=(Role(phrase.title, first.country),) + first.also,
                organisation=first.organisation,
            )
        if doc[j].lower_ in voc.ranks and not phrase.country:
            # a military rank after an office: "Minister of Public Security General To Lam"
            office = _qualified_title(doc, j, j)
            if office is not None:
                return replace(office, end=name_start, also=(Role(doc[j].text.title()),) + office.also)
        if (
            phrase.words[-1] in voc.not_titles_alone
            and len(phrase.words) < 2
            and not phrase.country
            and not phrase.organisation
            and not (doc[phrase.head].text[:1].isupper() and phrase.words[-1] in voc.capitalised_offices)
        ):
            return None
        return phrase
    return _qualified_title(doc, j, name_start)


APPOSITION = 12  # tokens a title set off by commas after a name may take


def title_after(doc: Doc, name_end: int) -> TitlePhrase | None:
    """The title set off by a comma right after a name that ends before token ``name_end``
    ("Ivan Horvat, Foreign Minister of Croatia."), read like a title before a name: the phrase
    must begin right after the comma, end at a comma, a full stop or "and", and be written as a
    title (a description, "Iran's president", is the entity layer's).  Honours between the name and
    the comma are passed over ("Margaret Beazley AO QC, Governor of New South Wales")."""
    while name_end < len(doc) and doc[name_end].text in vocabulary().post_nominals:
        name_end += 1
    if name_end >= len(doc) or doc[name_end].text != ",":
        return None
    for k in range(name_end + 2, min(len(doc), name_end + 2 + APPOSITION) + 1):
        if k < len(doc) and doc[k].text not in (",", ".", ";") and doc[k].lower_ != "and":
            continue
        phrase = title_before(doc, k)
        if phrase is not None and phrase.start == name_end + 1 and not phrase.relational and doc[phrase.head].is_title:
            if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].text[:1].isupper():
                return None  # "A, Secretary General of the Commonwealth, Patricia Scotland": the next name's
            return replace(phrase, end=k)
        if k < len(doc):
            return None
    return None


def _qualified_title(doc: Doc, j: int, name_start: int) -> TitlePhrase | None:
    """A title with a qualifier ending at token ``j``, before a name at ``name_start``: "president
    for a transitional phase Ahmed al-Sharaa", "President of the ... Chamber ... Jens Eskelund"."""
    voc = vocabulary()
    if doc[j].pos_ in ("VERB", "AUX"):
        return None  # "the president of Egypt welcomed X": the verb ends no title
    if doc[j].lower_ in ("and", "or", "&"):
        return None  # "A, Swedish Ambassador to Ghana and B": the title is A's
    if doc[j].text in (".", "!", "?", ";", ":"):
        return None  # "... met Minister for Security Y. Jaishankar and Y discussed": a sentence ends before the name
    for head in range(j - 1, max(-1, j - MAX_QUALIFIER - 1), -1):
        tok = doc[head]
        if tok.is_punct and tok.text != "-" or tok.pos_ in ("VERB", "AUX") or tok.is_sent_end:
            return None
        if not is_head(tok) or tok.lower_ in voc.relational:
            continue  # "the counterpart of Wang" is no title of Wang
        prep = head + 1 + _epithet_after(doc, head)  # "Ambassador Extraordinary and Plenipotentiary of X"
        if prep < name_start and doc[prep].lower_ in QUALIFIER_PREPS:
            q_end = name_start
            while q_end > prep and doc[q_end - 1].is_punct:
                q_end -= 1  # "ambassador to the European Union, Robert de Groot"
            if q_end <= prep + 1:
                return None  # "talks with the president for Kishida": the preposition qualifies nothing
            qualifier = doc[prep:q_end].text
            return _phrase(doc, head, name_start, qualifier)
    return None


def _epithet_after(doc: Doc, head: int) -> int:
    """How many words right after a title's head are an epithet of it (``epithets``: "Ambassador
    Extraordinary and Plenipotentiary"), else 0."""
    for epithet in vocabulary().epithets:
        words = epithet.split()
        if [t.lower_ for t in doc[head + 1 : head + 1 + len(words)]] == words:
            return len(words)
    return 0


def next_holder(doc, end: int) -> bool:
    """The title phrase ending at token ``end`` goes on "-elect" or "-designate" ("US President-elect",
    "the president-elect of Peru"): the office's next holder, not the one holding it."""
    after = doc[end : end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in ("elect", "designate")


PAST_HOLDER_WORDS = frozenset({"former", "ex", "ex-", "erstwhile"})


def description_at(doc: Doc, head: int) -> TitlePhrase | None:
    """A phrase headed by token ``head`` that describes a person without naming them, or None.

    It must start with a determiner or possessive ("the", "his") or state a country
    ("Iran FM", "Iran's foreign minister"), and must not be followed by a name; a describing noun
    that is no title ("official", "diplomat" of ``synonyms``) must state its country ("the Iraqi
    official").
    """
    tok = doc[head]
    # a describing noun that is no title ("the Iraqi official") only with its country
    loose = not is_head(tok) and tok.pos_ == "NOUN" and tok.lower_ in vocabulary().synonyms
    if not is_head(tok) and not loose:
        return None
    nxt = doc[head + 1] if head + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.text[:1].isupper()
        and nxt.pos_ == "PROPN"
        and nxt.ent_type_ == "PERSON"
        and tok.lower_ not in vocabulary().relational
    ):
        return None  # a title before a name, not a description ("his counterpart Abbas Araghchi" is one)
    phrase = _phrase(doc, head, head + 1)
    if phrase.country is None and nxt is not None and nxt.lower_ == "of":
        for width in (3, 2, 1):  # "the president of Egypt": the country after the office
            country = doc[head + 2 : head + 2 + width]
            if len(country) == width and country[0].text[:1].isupper() and places.country_name(country.text):
                phrase = _phrase(doc, head, country.end, qualifier=f"of {country.text}")
                break
        else:
            phrase = _portfolio_of_country(doc, head) or phrase
    first = doc[phrase.start].lower_
    if phrase.country is None and (loose or first not in DETERMINERS):
        return None
    if first in ("a", "an") or any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
        return None  # "a minister", "a senior Japanese official": someone new, not someone already named
    before = doc[phrase.start - 1].lower_ if phrase.start > 0 else ""
    if before == "as":
        return None  # "her tenure as German Chancellor", "served as the president": an office held, no one else
    if before in PAST_HOLDER_WORDS:
        return None  # "the former German Chancellor": not whoever holds the office now
    return phrase


PORTFOLIO_WORDS = 4  # words of a portfolio between "of" and "of" ("the Minister of Foreign Affairs of X")
COUNTRY_WORDS = 6  # words of a country's name, formal style included ("the People's Republic of China")


def _portfolio_of_country(doc: Doc, head: int) -> TitlePhrase | None:
    """ "the Minister of Foreign Affairs of the People's Republic of China": an office, its
    portfolio in capitals, then its country."""
    k = head + 2
    while (
        k < len(doc) and k - head - 2 < PORTFOLIO_WORDS and (doc[k].text[:1].isupper() or doc[k].lower_ in ("and", "&"))
    ):
        k += 1
    if k == head + 2 or k >= len(doc) or doc[k].lower_ != "of":
        return None
    start = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    for end in range(min(len(doc), start + COUNTRY_WORDS), start, -1):
        country = doc[start:end]
        if country[0].text[:1].isupper() and places.country_name(country.text):
            return _phrase(doc, head, end, qualifier=doc[head + 1 : end].text)
    return None


def title_matches(phrase: TitlePhrase, role: Role) -> bool:
    """Whether a describing phrase ("the Iranian minister") can stand for the holder of ``role``."""
    voc = vocabulary()
    if phrase.country and role.country and phrase.country != role.country:
        return False
    if phrase.country and not role.country:
        return False
    role_words = [w for w in role.title.lower().replace("-", " - ").split() if w != "-"]
    role_set = set(role_words)
    head = phrase.words[-1] if phrase.words else ""
    options = voc.synonyms.get(head)
    if options:
        for option in options:
            opt = option.split()
            if all(w in role_set for w in opt):
                rest = role_set - set(opt) - set(phrase.words)
                # "prime" of "Prime Minister" does not fit "Foreign Minister"
                unmatched = set(phrase.words) - set(opt) - role_set
                if not (rest | unmatched) & voc.distinct:
                    return True
        return False
    if not set(phrase.words) <= role_set:
        return False
    return not ((role_set - set(phrase.words)) & voc.distinct)
