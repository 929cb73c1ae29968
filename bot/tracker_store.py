"""Rasa's SQL tracker store configured by one SQLAlchemy URL (`WORKLIFE_DB_URL`).

Rasa's `SQLTrackerStore` takes dialect, host, port, db, username and password separately; the
project configures every database by a single URL, so this subclass parses the URL and hands the
parts on. The URL comes from `WORKLIFE_DB_URL`, else `url:` in endpoints.yml, else the default
SQLite file `var/worklife.db` (the same database as our own tables, `bot.storage`). Conversations
are written on every turn, so a restarted server continues them.
"""
from __future__ import annotations

import os
from typing import Any, Optional

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from sqlalchemy.engine import URL, make_url

from bot.storage.engine import DB_URL_VARIABLE, default_db_url, ensure_sqlite_folder


def configured_url(endpoint_url: Optional[str] = None) -> str:
    """Environment first, then endpoints.yml, then the default SQLite file."""
    return os.environ.get(DB_URL_VARIABLE) or endpoint_url or default_db_url()


def sql_store_arguments(url: str) -> dict[str, Any]:
    """The keyword arguments of SQLTrackerStore for a SQLAlchemy URL."""
    parsed: URL = make_url(url)
    return {"dialect": parsed.drivername, "host": parsed.host, "port": parsed.port,
            "db": parsed.database, "username": parsed.username, "password": parsed.password,
            "query": dict(parsed.query) or None}


class UrlSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore whose connection is one URL (endpoints.yml: type bot.tracker_store.UrlSQLTrackerStore)."""

    def __init__(self, domain: Optional[Domain] = None, host: Optional[str] = None,
                 event_broker: Optional[EventBroker] = None, url: Optional[str] = None,
                 **kwargs: Any) -> None:
        database_url = configured_url(url or host)
        ensure_sqlite_folder(database_url)
        self.database_url = database_url
        super().__init__(domain=domain, event_broker=event_broker,
                         **sql_store_arguments(database_url), **kwargs)
