"""diplograph queries: list the named queries, what each answers and its parameters."""
from __future__ import annotations

import json

from diplograph.options import FormatOption, TableFormat
from diplograph.output import print_rows
from queries.library import load_library


def _params(query) -> str:
    return "; ".join(f"{p.name}: {p.type}{' (required)' if p.required else ''}" for p in query.params)


def queries(fmt: FormatOption = TableFormat.table) -> None:
    """List the named queries (run one with: diplograph query NAME --param name=value)."""
    library = load_library()
    if fmt == TableFormat.json:
        print(json.dumps([{"name": q.name, "answers": q.description,
                           "params": [{"name": p.name, "type": p.type, "required": p.required, "help": p.help}
                                      for p in q.params]} for q in library.values()], ensure_ascii=False, indent=1))
        return
    print_rows(["name", "answers", "parameters"], [[q.name, q.description, _params(q)] for q in library.values()],
               fmt.value, title=f"{len(library)} named queries")
