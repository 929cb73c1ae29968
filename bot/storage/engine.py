"""Build the SQLAlchemy engine for `WORKLIFE_DB_URL` lazily and create our tables once."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine, make_url

from bot.paths import VAR
from bot.storage.tables import metadata

DEFAULT_DB_PATH = VAR / "worklife.db"
DB_URL_VARIABLE = "WORKLIFE_DB_URL"


def default_db_url() -> str:
    """SQLite file under the git-ignored `var/` folder, shared with Rasa's tracker store."""
    return f"sqlite:///{DEFAULT_DB_PATH}"


def db_url_from_env() -> str:
    """The database URL from the environment, or the default SQLite file."""
    return os.environ.get(DB_URL_VARIABLE) or default_db_url()


def get_engine(url: str | None = None) -> Engine:
    """Return the one engine for `url` (default: the environment's URL, read at call time)."""
    return _engine_for(url or db_url_from_env())


@lru_cache(maxsize=None)
def _engine_for(database_url: str) -> Engine:
    """One engine per URL, tables created, so every caller in a process shares one pool."""
    ensure_sqlite_folder(database_url)
    engine = create_engine(database_url, future=True)
    create_tables(engine)
    return engine


def create_tables(engine: Engine) -> None:
    """Create the handoffs, agent_notes and feedback tables if they do not exist yet."""
    metadata.create_all(engine)


def ensure_sqlite_folder(database_url: str) -> None:
    """SQLite creates the file but not its folder (`var/` is absent in a fresh clone)."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
