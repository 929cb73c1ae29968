"""The knowledge base stays a plain library, and law values stay in its data files."""
from __future__ import annotations

import re
import subprocess
import sys

from bot.paths import ROOT

WON_IN_CODE = re.compile(r"\b[1-9][0-9]{5,}\b|[0-9]+ ?만 ?원")


def test_knowledge_never_imports_rasa_or_tensorflow() -> None:
    code = ("import sys, knowledge; knowledge.evaluate({'role': 'worker', 'as_of': '2026-11-24'}); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rasa', 'rasa_sdk', 'tensorflow', 'spacy')))")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "[]"


def test_no_won_amount_is_written_in_python_outside_tests() -> None:
    offenders = []
    for path in ROOT.glob("**/*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in ("tests", ".venv", "build") or "site-packages" in relative.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WON_IN_CODE.search(line) and "# law-data-ok" not in line:
                offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == []
