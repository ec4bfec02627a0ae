"""Key/value settings stored as JSON. Never commits."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.storage.models import SettingRow


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def put(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, default=str)
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=text))
    else:
        row.value = text


def all_settings(session: Session) -> dict[str, Any]:
    out = {}
    for row in session.query(SettingRow):
        try:
            out[row.key] = json.loads(row.value)
        except ValueError:
            continue
    return out
