"""`python -m bot.web` starts the server on WEB_PORT and prints the URL."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_python_m_bot_web_serves_and_prints_the_url(tmp_path: Path) -> None:
    port = free_port()
    environment = {**os.environ, "WEB_PORT": str(port), "WEB_HOST": "127.0.0.1",
                   "WORKLIFE_DB_URL": f"sqlite:///{tmp_path}/main.db"}
    server = subprocess.Popen([sys.executable, "-m", "bot.web"], cwd=REPO, env=environment,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first_line = server.stdout.readline()
        assert first_line.strip().startswith(f"워라밸 길잡이: http://127.0.0.1:{port}/")
        body = None
        for _ in range(50):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/programs") as answer:
                    body = answer.read().decode()
                break
            except OSError:
                time.sleep(0.1)
        assert body is not None and '"parental_leave"' in body
        assert (tmp_path / "main.db").exists()  # tables created at start-up
    finally:
        server.terminate()
        server.wait(timeout=10)
