"""Fixtures for the conversation tests: trackers for action unit tests, the advice date, the stack."""
from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from tests.support.stack import ADVICE_DATE, rasa_stack  # noqa: F401  (session fixture)


@pytest.fixture(autouse=True)
def fixed_advice_date(monkeypatch: pytest.MonkeyPatch) -> str:
    """Every answer is checked against the law as of 2026-11-24 (WORKLIFE_AS_OF)."""
    monkeypatch.setenv("WORKLIFE_AS_OF", ADVICE_DATE)
    return ADVICE_DATE


@pytest.fixture()
def database_url(tmp_path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A private SQLite database for tests that record handoffs or store trackers."""
    url = f"sqlite:///{tmp_path / 'worklife.db'}"
    monkeypatch.setenv("WORKLIFE_DB_URL", url)
    return url


@pytest.fixture()
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()
