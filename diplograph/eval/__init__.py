"""``diplograph eval``: extraction scored against hand-made gold.

* ``scoring.py``  the rules of the shared evaluation data (pairs, places, dates, visits, merging);
* ``run.py``      the job: ingest articles (or open a store), read the events back, score them.
"""

from __future__ import annotations

from diplograph.eval.run import Evaluation, evaluate, load_gold
from diplograph.eval.scoring import ScoreReport, score

__all__ = ["Evaluation", "ScoreReport", "evaluate", "load_gold", "score"]
