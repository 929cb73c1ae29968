"""The knowledge base's command line (shared/API.md §1).

`evaluate` prints one JSON result and exits 0; `estimate PROGRAM WAGE [--weekly-hours H
--reduced-hours H]` prints what a program pays before the rest of the case is known
(engine.estimate_pay). Invalid input or a date outside the modelled range
exits 2 with a one-line Korean error on stderr naming the field.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, Sequence, TextIO

from knowledge.engine import estimate_pay, evaluate, list_programs
from knowledge.errors import InvalidCaseError, KnowledgeError

EXIT_BAD_INPUT = 2


def _read_case(source: str, stdin: TextIO) -> Any:
    try:
        text = stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise InvalidCaseError("CASE", f"파일을 읽을 수 없어요 ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise InvalidCaseError("CASE", "UTF-8 텍스트가 아니에요") from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidCaseError("CASE", f"JSON 형식이 잘못됐어요 ({error.lineno}행 {error.colno}열)") from error


def _print_json(data: Any, out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m knowledge", description="워라밸 길잡이 규칙 지식베이스")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("evaluate", help="케이스(JSON)를 평가해 결과 JSON을 출력")
    run.add_argument("case", help="케이스 JSON 파일 경로, 또는 표준입력이면 -")
    commands.add_parser("programs", help="제도 id·이름·대상 목록")
    estimate = commands.add_parser("estimate", help="월 통상임금만으로 제도 급여를 달마다 계산")
    estimate.add_argument("program", help="제도 id (예: parental_leave)")
    estimate.add_argument("wage", help="월 통상임금(원)")
    estimate.add_argument("--as-of", help="시작일 YYYY-MM-DD (기본: 오늘)")
    estimate.add_argument("--weekly-hours", type=float, help="단축 전 주 소정근로시간 (근로시간 단축)")
    estimate.add_argument("--reduced-hours", type=float, help="단축 후 주 근로시간 (근로시간 단축)")
    return parser


def _estimate(args: argparse.Namespace) -> dict[str, Any]:
    wage: Any = args.wage
    try:
        wage = int(wage)
    except ValueError:
        pass  # the engine refuses the text in Korean, naming the field
    try:
        as_of = date.fromisoformat(args.as_of) if args.as_of else None
    except ValueError as error:
        raise InvalidCaseError("as_of", "YYYY-MM-DD 형식의 날짜여야 해요") from error
    estimate = estimate_pay(args.program, wage, as_of, weekly_hours=args.weekly_hours,
                            reduced_weekly_hours=args.reduced_hours)
    if estimate is None:
        raise InvalidCaseError("program", "이 제도는 주신 값만으로 금액을 계산할 수 없어요")
    return estimate


def main(argv: Sequence[str], stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout,
         stderr: TextIO = sys.stderr) -> int:
    args = _parser().parse_args(argv)
    if args.command == "programs":
        _print_json(list_programs(), stdout)
        return 0
    try:
        output = _estimate(args) if args.command == "estimate" else evaluate(_read_case(args.case, stdin)).to_dict()
    except KnowledgeError as error:
        stderr.write(f"{error}\n")
        return EXIT_BAD_INPUT
    _print_json(output, stdout)
    return 0
