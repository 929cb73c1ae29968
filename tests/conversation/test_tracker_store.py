"""Conversations persist in SQL through one SQLAlchemy URL (WORKLIFE_DB_URL)."""
from __future__ import annotations

import asyncio

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.paths import DOMAIN
from bot.tracker_store import UrlSQLTrackerStore, sql_store_arguments


def test_a_postgres_url_is_split_into_rasa_arguments():
    arguments = sql_store_arguments("postgresql+psycopg2://bot:s3cret@db.internal:5433/worklife?sslmode=require")
    assert arguments == {"dialect": "postgresql+psycopg2", "host": "db.internal", "port": 5433,
                         "db": "worklife", "username": "bot", "password": "s3cret",
                         "query": {"sslmode": "require"}}


def test_a_sqlite_url_keeps_its_file(tmp_path):
    arguments = sql_store_arguments(f"sqlite:///{tmp_path}/x.db")
    assert arguments["dialect"] == "sqlite" and arguments["db"] == f"{tmp_path}/x.db"
    assert arguments["host"] is None


def test_a_conversation_survives_a_new_store_on_the_same_database(tmp_path, monkeypatch):
    """What a server restart does: a fresh store object reads the conversation back."""
    url = f"sqlite:///{tmp_path / 'var' / 'worklife.db'}"
    monkeypatch.setenv("WORKLIFE_DB_URL", url)
    domain = Domain.load(str(DOMAIN))
    first = UrlSQLTrackerStore(domain=domain)
    tracker = DialogueStateTracker("mother-1", domain.slots)
    tracker.update(UserUttered("직원 50명이에요", {"name": "inform", "confidence": 0.9}))
    tracker.update(SlotSet("headcount", "50"))
    asyncio.run(first.save(tracker))
    assert first.database_url == url and (tmp_path / "var" / "worklife.db").exists()

    second = UrlSQLTrackerStore(domain=domain)
    restored = asyncio.run(second.retrieve("mother-1"))
    assert restored.get_slot("headcount") == "50"
    assert restored.latest_message.text == "직원 50명이에요"


def test_the_environment_wins_over_endpoints_yml(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKLIFE_DB_URL", f"sqlite:///{tmp_path / 'env.db'}")
    store = UrlSQLTrackerStore(domain=Domain.empty(), host=f"sqlite:///{tmp_path / 'file.db'}")
    assert store.database_url.endswith("env.db")
