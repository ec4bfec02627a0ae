"""One proposed pair side by side, for the review screen and `sipera duplicates show`."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core import duplicates as engine
from desktop_app.core.person import Person
from desktop_app.core.text import Msg
from desktop_app.services.app import App
from desktop_app.services.duplicates.decisions import Decision, DecisionError, _decision
from desktop_app.storage import duplicates as store
from desktop_app.storage import persons as repo


@dataclass
class PairDetail:
    a: Person
    b: Person
    judgement: engine.Judgement
    fields: dict[str, str]  # field -> same / similar / different / missing
    history_a: list[repo.HistoryEntry]
    history_b: list[repo.HistoryEntry]
    decision: Decision | None  # the newest decision in force on this pair


def pair_detail(app: App, a_id: str, b_id: str) -> PairDetail:
    with app.db.read() as session:
        a, b = repo.get(session, a_id), repo.get(session, b_id)
        if a is None or b is None:
            raise DecisionError(Msg("Data tidak ditemukan."))
        row = store.pair_decision(session, a_id, b_id)
        return PairDetail(
            a, b, engine.judge(a, b), engine.compare_fields(a, b),
            repo.history(session, a_id), repo.history(session, b_id),
            _decision(row) if row is not None else None,
        )
