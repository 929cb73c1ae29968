"""The intent cues of nlu_data/train/cues.yml read the way Korean says them.

Each cue is one binary feature of the RegexFeaturizer (case-insensitive, no word boundaries);
these tables pin the negation cues: a denied problem confirms what the bot has (affirm), a
denied match rejects it (deny). A bag of words sees 틀리- in the first and 맞- in the second and
reads them the other way round.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List

import pytest
import yaml

CUES_FILE = Path(__file__).resolve().parents[2] / "nlu_data" / "train" / "cues.yml"


def _cue_patterns() -> Dict[str, List[re.Pattern]]:
    """Cue name → its compiled patterns, as the RegexFeaturizer reads them (case-insensitive)."""
    blocks = yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))["nlu"]
    return {
        block["regex"]: [re.compile(line[2:], re.IGNORECASE) for line in block["examples"].splitlines()]
        for block in blocks
    }


CUES = _cue_patterns()


def _fires(cue: str, text: str) -> bool:
    return any(pattern.search(text) for pattern in CUES[cue])


NEGATION_CUES = ("cue_no_problem", "cue_mismatch")


@pytest.mark.parametrize("text, expected", [
    # a denied problem confirms what the bot has
    ("틀린 거 하나도 없어요", {"cue_no_problem"}),
    ("빠진 데는 없네요 그대로 가요", {"cue_no_problem"}),
    ("상기 내용에 이의 없습니다", {"cue_no_problem"}),
    ("요약 항목 전부 일치 / 수정사항 없음", {"cue_no_problem"}),
    ("이상 없음 확인", {"cue_no_problem"}),
    ("고칠 부분 딱히 없어요", {"cue_no_problem"}),
    # a denied match rejects it
    ("하나도 안 맞네요", {"cue_mismatch"}),
    ("맞는 건 하나도 없던데요", {"cue_mismatch"}),
    ("검토 결과 실제와 상이함", {"cue_mismatch"}),
    ("정리된 내용이 당사 현황과 일치하지 않음", {"cue_mismatch"}),
    ("제 경우랑 달라요", {"cue_mismatch"}),
    ("wrong 틀림", {"cue_mismatch"}),
    # no negation: neither fires (a question about a difference is not a mismatch)
    ("네 맞아요", set()),
    ("육아휴직이랑 육아기 단축이 뭐가 달라요?", set()),
    ("문제가 뭐예요?", set()),
    ("출산휴가 며칠이에요?", set()),
])
def test_negation_cues(text: str, expected: set) -> None:
    assert {cue for cue in NEGATION_CUES if _fires(cue, text)} == expected
