"""Our own records (handoffs, agent notes, answer feedback) and read access to Rasa's tracker.

All tables live in the database named by `WORKLIFE_DB_URL`, the same one Rasa's SQL tracker
store uses. The engine is built on first use, never at import time.
"""
from bot.storage.engine import create_tables, db_url_from_env, get_engine
from bot.storage.records import (
    add_note,
    list_feedback,
    list_handoffs,
    list_notes,
    record_feedback,
    record_handoff,
    resolve_handoff,
)
from bot.storage.tracker_events import has_tracker_table, list_conversations

__all__ = [
    "add_note",
    "create_tables",
    "db_url_from_env",
    "get_engine",
    "has_tracker_table",
    "list_conversations",
    "list_feedback",
    "list_handoffs",
    "list_notes",
    "record_feedback",
    "record_handoff",
    "resolve_handoff",
]
