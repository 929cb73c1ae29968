"""Write and read handoffs, agent notes and answer feedback.

Every free text is masked with `mask_pii` before it is stored: a summary or a note may quote
what the user typed. Functions take an optional engine so the web app passes its own; actions
call them with none and get the engine for `WORKLIFE_DB_URL`.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine, RowMapping

from bot.privacy import mask_pii
from bot.storage.engine import get_engine
from bot.storage.tables import agent_notes, feedback, handoffs

OPEN = "open"
RESOLVED = "resolved"
DEFAULT_AUTHOR = "상담사"


def record_handoff(sender_id: str, summary: str, engine: Engine | None = None) -> int:
    """Record that the user asked for a person (상담원 연결); returns the handoff id."""
    row = {"sender_id": sender_id, "summary": mask_pii(summary), "status": OPEN,
           "created_at": _now()}
    return _insert(engine, handoffs, row)


def list_handoffs(engine: Engine | None = None, status: str | None = OPEN,
                  sender_id: str | None = None) -> list[dict[str, Any]]:
    """Handoffs, newest first; only open ones unless `status` is None; optionally one sender's."""
    query = select(handoffs).order_by(handoffs.c.created_at.desc(), handoffs.c.id.desc())
    if status is not None:
        query = query.where(handoffs.c.status == status)
    if sender_id is not None:
        query = query.where(handoffs.c.sender_id == sender_id)
    return _fetch(engine, query)


def resolve_handoff(sender_id: str, engine: Engine | None = None) -> int:
    """Mark every open handoff of `sender_id` resolved; returns how many were open."""
    statement = (update(handoffs)
                 .where(handoffs.c.sender_id == sender_id, handoffs.c.status == OPEN)
                 .values(status=RESOLVED))
    with (engine or get_engine()).begin() as connection:
        return connection.execute(statement).rowcount


def add_note(sender_id: str, text: str, author: str = DEFAULT_AUTHOR,
             engine: Engine | None = None) -> dict[str, Any]:
    """Store an agent's note on a conversation and return it as stored."""
    row = {"sender_id": sender_id, "author": mask_pii(author), "text": mask_pii(text),
           "created_at": _now()}
    note_id = _insert(engine, agent_notes, row)
    return _serialise({**row, "id": note_id})


def list_notes(sender_id: str, engine: Engine | None = None) -> list[dict[str, Any]]:
    """The agent notes of one conversation, oldest first."""
    query = (select(agent_notes).where(agent_notes.c.sender_id == sender_id)
             .order_by(agent_notes.c.id))
    return _fetch(engine, query)


def record_feedback(sender_id: str, helpful: bool, message: str | None = None,
                    engine: Engine | None = None) -> int:
    """Store "도움이 됐어요 / 아니에요" for an answer; returns the feedback id."""
    row = {"sender_id": sender_id, "helpful": helpful,
           "message": mask_pii(message) if message else None, "created_at": _now()}
    return _insert(engine, feedback, row)


def list_feedback(engine: Engine | None = None, sender_id: str | None = None) -> list[dict[str, Any]]:
    """Feedback rows, oldest first, optionally for one sender."""
    query = select(feedback).order_by(feedback.c.id)
    if sender_id is not None:
        query = query.where(feedback.c.sender_id == sender_id)
    return _fetch(engine, query)


def _insert(engine: Engine | None, table: Any, row: dict[str, Any]) -> int:
    with (engine or get_engine()).begin() as connection:
        return connection.execute(insert(table).values(**row)).inserted_primary_key[0]


def _fetch(engine: Engine | None, query: Any) -> list[dict[str, Any]]:
    with (engine or get_engine()).connect() as connection:
        return [_serialise(row) for row in connection.execute(query).mappings()]


def _serialise(row: RowMapping | dict[str, Any]) -> dict[str, Any]:
    """Row to JSON-ready dict: datetimes as ISO 8601 in UTC."""
    return {key: _iso(value) if isinstance(value, datetime) else value
            for key, value in dict(row).items()}


def _iso(moment: datetime) -> str:
    # SQLite drops the time zone on read; every stored moment is UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.isoformat(timespec="seconds")


def _now() -> datetime:
    return datetime.now(timezone.utc)
