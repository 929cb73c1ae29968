"""Table definitions of our own records. Rasa's `events` table is not ours: see tracker_events."""
from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Integer, MetaData, String, Table, Text

metadata = MetaData()

SENDER_ID_LENGTH = 255  # the width Rasa uses for sender_id in its events table

handoffs = Table(
    "handoffs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(SENDER_ID_LENGTH), nullable=False, index=True),
    Column("summary", Text, nullable=False),
    Column("status", String(16), nullable=False, default="open"),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

agent_notes = Table(
    "agent_notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(SENDER_ID_LENGTH), nullable=False, index=True),
    Column("author", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

feedback = Table(
    "feedback",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(SENDER_ID_LENGTH), nullable=False, index=True),
    Column("helpful", Boolean, nullable=False),
    Column("message", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
