"""The HTML shown when pointing at a person, a place or a link on the page.

Every piece of text that comes from an article (names, roles, places, titles, quotes, URLs) is
HTML-escaped here, so that the page shows it as text and never runs it. A link is only made for
``http``/``https`` URLs; a source without one is named by its file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from urllib.parse import urlsplit

TYPE_NAMES = {
    "meet": "Meeting",
    "phone_call": "Phone call",
    "visit": "Visit",
    "sign_agreement": "Agreement signed",
    "planned_meet": "Planned meeting",
}
QUOTE_SHORT = 240  # characters of a quote shown inside a person's tooltip


def e(text: object) -> str:
    """HTML-escape any value (quotes included)."""
    return escape("" if text is None else str(text), quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain web address, else ``None`` (no ``javascript:``, ``data:``…)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _shorten(text: str, limit: int | None) -> str:
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def by_sentence(sources: Sequence[dict]) -> list[list[dict]]:
    """Sources grouped by the sentence they quote, in first-seen order: a syndicated story read from
    several files, or one sentence several articles carry, is one quote with every file under it."""
    groups: dict[str, list[dict]] = {}
    for src in sources:
        groups.setdefault(" ".join((src.get("quote") or "").split()).casefold(), []).append(src)
    return list(groups.values())


def sentence_html(group: Sequence[dict], limit: int | None = None) -> str:
    """One quoted sentence, then each article or file that carries it."""
    quote = f'<q class="dg-quote">{e(_shorten(group[0].get("quote") or "", limit))}</q>'
    return f"<li>{quote}<br>— {'; '.join(_where(src) for src in group)}</li>"


def source_html(src: dict, limit: int | None = None) -> str:
    """One source: the quoted sentence, then a link to the article (or its file name)."""
    return sentence_html([src], limit)


def _where(src: dict) -> str:
    """The article a source comes from: a link, or its file name, with its date."""
    url = safe_url(src.get("url"))
    name = src.get("title") or src.get("file") or url or "source"
    if url:
        where = f'<a href="{e(url)}" target="_blank" rel="noopener noreferrer">{e(name)}</a>'
    else:
        where = f'<span class="dg-file">{e(src.get("file") or name)}</span>'
    extras = []
    if src.get("published"):
        extras.append(e(src["published"]))
    if src.get("caption"):
        extras.append("photo caption")
    tail = f' <span class="dg-muted">({", ".join(extras)})</span>' if extras else ""
    return f"{where}{tail}"


def when_where(ev: dict) -> str:
    """'2023-02-03 · Miraflores Palace, Caracas (Venezuela)' with every part escaped."""
    parts = []
    if ev.get("date"):
        date = e(ev["date"])
        if ev.get("date_conflicts"):
            date += f' <span class="dg-muted">(also reported: {e(", ".join(ev["date_conflicts"]))})</span>'
        parts.append(date)
    place = ev.get("place") or {}
    where = ", ".join(x for x in (ev.get("venue"), place.get("name")) if x)
    if place.get("country") and place.get("country") != place.get("name"):
        where += f" ({place['country']})"
    if where:
        parts.append(e(where))
    return " · ".join(parts) or '<span class="dg-muted">date and place not stated</span>'


def person_line(p: dict) -> str:
    """'Name — Foreign Minister of Iran' (roles joined), escaped."""
    roles = "; ".join(p.get("roles") or [])
    tail = f" — {e(roles)}" if roles else (f" — {e(p['country'])}" if p.get("country") else "")
    return f"<b>{e(p.get('name'))}</b>{tail}"


def event_html(ev: dict, limit: int | None = None, max_sources: int | None = None) -> str:
    """One event: its type, when and where, who took part, and each source with its quote."""
    sources = by_sentence(ev.get("sources") or [])
    shown = sources if max_sources is None else sources[:max_sources]
    more = len(sources) - len(shown)
    people = "".join(f"<li>{person_line(p)}</li>" for p in ev.get("participants") or [])
    confidence = f' <span class="dg-muted">confidence {e(ev["confidence"])}</span>' if ev.get("confidence") else ""
    return (
        f'<div class="dg-event"><div class="dg-type">{e(TYPE_NAMES.get(str(ev.get("type")), ev.get("type")))}'
        f"{confidence}</div><div>{when_where(ev)}</div>"
        f'<ul class="dg-people">{people}</ul>'
        f'<ul class="dg-sources">{"".join(sentence_html(g, limit) for g in shown)}'
        f"{f'<li class=dg-muted>and {more} more quoted sentence(s)</li>' if more > 0 else ''}</ul></div>"
    )


def link_tip(kind: str, events: Sequence[dict]) -> str:
    """Tooltip of one link between two people (or a person and a place): every event it stands for."""
    head = f'<div class="dg-head">{e(TYPE_NAMES.get(kind, kind))} × {len(events)}</div>' if len(events) > 1 else ""
    return f'<div class="dg-tip">{head}{"".join(event_html(ev) for ev in events)}</div>'


def person_tip(person: dict, counterparts: int, events: Sequence[dict], max_events: int = 5) -> str:
    """Tooltip of a person: roles, country, how many counterparts, and their first events with a quote."""
    roles = "".join(f"<li>{e(r)}</li>" for r in person.get("roles") or [])
    country = e(person.get("country") or "country unknown")
    items = []
    for ev in events[:max_events]:
        others = ", ".join(p["name"] for p in ev.get("participants") or [] if p["id"] != person["id"])
        label = TYPE_NAMES.get(str(ev.get("type")), ev.get("type"))
        first = (ev.get("sources") or [None])[0]
        quote = source_html(first, QUOTE_SHORT) if first else ""
        items.append(
            f'<li><span class="dg-type">{e(label)}</span>{" with " + e(others) if others else ""}'
            f'<br>{when_where(ev)}<ul class="dg-sources">{quote}</ul></li>'
        )
    if len(events) > max_events:
        items.append(f'<li class="dg-muted">and {len(events) - max_events} more event(s): click the links</li>')
    return (
        f'<div class="dg-tip"><div class="dg-head">{e(person.get("name"))}</div>'
        f"<div>{country} · {counterparts} counterpart{'s' if counterparts != 1 else ''}</div>"
        f'<ul class="dg-roles">{roles}</ul><ul class="dg-events">{"".join(items)}</ul></div>'
    )


def place_tip(place: dict, events: Iterable[dict]) -> str:
    """Tooltip of a place that people visited."""
    events = list(events)
    country = place.get("country")
    where = e(place.get("name")) + (f" ({e(country)})" if country and country != place.get("name") else "")
    coords = ""
    if place.get("lat") is not None and place.get("lon") is not None:
        coords = f'<div class="dg-muted">{float(place["lat"]):.2f}, {float(place["lon"]):.2f}</div>'
    return (
        f'<div class="dg-tip"><div class="dg-head">{where}</div>{coords}'
        f"<div>{len(events)} visit{'s' if len(events) != 1 else ''}</div></div>"
    )
