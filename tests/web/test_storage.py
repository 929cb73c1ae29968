"""bot/storage: our tables on WORKLIFE_DB_URL, created lazily, personal data masked."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import inspect

from bot.storage import (
    add_note,
    get_engine,
    list_feedback,
    list_handoffs,
    list_notes,
    record_feedback,
    record_handoff,
    resolve_handoff,
)

REPO = Path(__file__).resolve().parents[2]


def test_tables_are_created_on_first_use(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path}/nested/folder/worklife.db")
    assert {"handoffs", "agent_notes", "feedback"} <= set(inspect(engine).get_table_names())
    assert (tmp_path / "nested" / "folder" / "worklife.db").is_file()


def test_engine_is_shared_per_url(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/shared.db"
    assert get_engine(url) is get_engine(url)


def test_importing_opens_no_database(tmp_path: Path) -> None:
    database = tmp_path / "untouched.db"
    code = "import bot.storage, bot.web.app, bot.web.__main__, bot.privacy"
    environment = {**os.environ, "WORKLIFE_DB_URL": f"sqlite:///{database}"}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, env=environment)
    assert not database.exists()


def test_record_handoff_uses_the_environment_url_when_called_by_actions(
        tmp_path: Path, monkeypatch: object) -> None:
    database = tmp_path / "actions.db"
    monkeypatch.setenv("WORKLIFE_DB_URL", f"sqlite:///{database}")  # type: ignore[attr-defined]
    handoff_id = record_handoff("kakao-user", "상담원 연결 요청")
    assert handoff_id == 1
    rows = list_handoffs(get_engine(f"sqlite:///{database}"))
    assert [(row["sender_id"], row["summary"]) for row in rows] == [("kakao-user", "상담원 연결 요청")]


def test_handoffs_newest_first_and_resolved(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path}/handoffs.db")
    record_handoff("a", "첫 요청", engine)
    record_handoff("b", "둘째 요청", engine)
    record_handoff("a", "셋째 요청", engine)
    assert [row["summary"] for row in list_handoffs(engine)] == ["셋째 요청", "둘째 요청", "첫 요청"]
    assert resolve_handoff("a", engine) == 2
    assert [row["sender_id"] for row in list_handoffs(engine)] == ["b"]
    assert len(list_handoffs(engine, status=None)) == 3


def test_free_text_is_masked_before_it_is_stored(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path}/masked.db")
    record_handoff("a", "전화 010-1234-5678, 주민번호 900101-1234567", engine)
    add_note("a", "메일 hong@example.com 으로 회신", engine=engine)
    record_feedback("a", False, "계좌 110-123-456789 알려 드렸는데요", engine)
    assert list_handoffs(engine)[0]["summary"] == "전화 [전화번호], 주민번호 [주민등록번호]"
    assert list_notes("a", engine)[0]["text"] == "메일 [이메일] 으로 회신"
    assert list_feedback(engine, "a")[0]["message"] == "계좌 [계좌번호] 알려 드렸는데요"


def test_timestamps_are_iso_utc(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path}/times.db")
    note = add_note("a", "메모", engine=engine)
    assert note["created_at"].endswith("+00:00")
    assert list_notes("a", engine)[0]["created_at"] == note["created_at"]
