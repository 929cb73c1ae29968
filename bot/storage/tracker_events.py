"""Read-only access to Rasa's SQL tracker store (`events` table) for the agent console.

Rasa creates and owns the table (rasa.core.tracker_store.SQLTrackerStore.SQLEvent); this
module only mirrors the columns it reads. Text read back is masked again, because a client
that talks to Rasa directly (not through the web front) could have stored it unmasked.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, func, inspect, select
from sqlalchemy.engine import Engine

from bot.privacy import mask_pii

TRACKER_TABLE = "events"
USER_EVENT = "user"

_rasa_metadata = MetaData()
events = Table(
    TRACKER_TABLE,
    _rasa_metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255)),
    Column("type_name", String(255)),
    Column("timestamp", Float),
    Column("data", Text),
)


def has_tracker_table(engine: Engine) -> bool:
    """True when Rasa's SQL tracker store has created its table in this database."""
    return inspect(engine).has_table(TRACKER_TABLE)


def list_conversations(engine: Engine, limit: int = 100) -> list[dict[str, Any]]:
    """Most recently active conversations: sender, last user message, last activity (UTC)."""
    if not has_tracker_table(engine):
        return []
    with engine.connect() as connection:
        rows = connection.execute(_conversations_query(limit)).mappings().all()
    return [_conversation(row) for row in rows]


def _conversations_query(limit: int) -> Any:
    latest = (select(events.c.sender_id, func.max(events.c.timestamp).label("updated_at"))
              .group_by(events.c.sender_id).subquery())
    last_user = (select(events.c.sender_id, func.max(events.c.id).label("event_id"))
                 .where(events.c.type_name == USER_EVENT)
                 .group_by(events.c.sender_id).subquery())
    joined = (latest.outerjoin(last_user, last_user.c.sender_id == latest.c.sender_id)
              .outerjoin(events, events.c.id == last_user.c.event_id))
    return (select(latest.c.sender_id, latest.c.updated_at, events.c.data)
            .select_from(joined)
            .order_by(latest.c.updated_at.desc())
            .limit(limit))


def _conversation(row: Any) -> dict[str, Any]:
    return {"sender": row["sender_id"],
            "last_message": _user_text(row["data"]),
            "updated_at": epoch_to_iso(row["updated_at"])}


def _user_text(data: str | None) -> str:
    if not data:
        return ""
    return mask_pii(json.loads(data).get("text") or "")


def epoch_to_iso(timestamp: float | None) -> str | None:
    """Rasa stores event times as UNIX seconds; the API speaks ISO 8601 in UTC."""
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).isoformat(timespec="seconds")
