"""`make run` (bot/run.py): only the web front faces the network; Rasa's HTTP API, which hands
out every conversation, listens on this machine and asks for a token the web front is given."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot import run


def _flag(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


def test_rasa_listens_on_loopback_behind_a_token_that_is_on_no_command_line() -> None:
    command = run.rasa_command(Path("models/m.tar.gz"), "5005", Path("endpoints.yml"))
    assert _flag(command, "--interface") == "127.0.0.1"
    assert command[1:3] == ["-m", "bot.rasa_server"] and "--auth-token" not in command
    assert "--enable-api" in command and "--cors" not in command


def test_the_launcher_adds_the_token_from_the_environment_and_refuses_to_run_without_one() -> None:
    from bot.rasa_server import rasa_arguments

    assert rasa_arguments(["--enable-api", "--port", "5005"], {"RASA_TOKEN": "tok"}) == \
        ["run", "--enable-api", "--port", "5005", "--auth-token", "tok"]
    with pytest.raises(SystemExit, match="RASA_TOKEN is not set"):
        rasa_arguments(["--enable-api"], {"RASA_TOKEN": ""})
    with pytest.raises(SystemExit, match="not as --auth-token"):
        rasa_arguments(["--auth-token=visible"], {"RASA_TOKEN": "tok"})


def test_every_start_gets_its_own_token_unless_one_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASA_TOKEN", raising=False)
    first, second = run._environment(), run._environment()
    assert len(first["RASA_TOKEN"]) >= 32 and first["RASA_TOKEN"] != second["RASA_TOKEN"]
    assert first["RASA_URL"].startswith("http://127.0.0.1:")
    monkeypatch.setenv("RASA_TOKEN", "set-by-the-operator")
    assert run._environment()["RASA_TOKEN"] == "set-by-the-operator"


def test_the_rasa_process_gets_the_token_the_web_front_is_given(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    monkeypatch.delenv("RASA_TOKEN", raising=False)
    monkeypatch.setattr(run, "VAR", tmp_path)
    env = run._environment()
    run._commands(Path("models/m.tar.gz"), env)
    assert run.process_environment("rasa", env)["RASA_TOKEN"] == env["RASA_TOKEN"]
    assert run.process_environment("web", env)["RASA_TOKEN"] == env["RASA_TOKEN"]
    assert "RASA_TOKEN" not in run.process_environment("actions", env)


def test_rasa_calls_the_action_server_this_start_runs(tmp_path: Path) -> None:
    import yaml

    path = run.endpoints_for("http://127.0.0.1:5092/webhook", tmp_path)
    endpoints = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert endpoints["action_endpoint"]["url"] == "http://127.0.0.1:5092/webhook"
    assert endpoints["tracker_store"]["type"] == "bot.tracker_store.UrlSQLTrackerStore"


def test_the_action_server_listens_on_loopback() -> None:
    env = {"RASA_TOKEN": "tok"}
    assert run.process_environment("actions", env)["SANIC_HOST"] == "127.0.0.1"
    assert "SANIC_HOST" not in run.process_environment("rasa", env)
