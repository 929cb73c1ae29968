"""워라밸 길잡이 rules knowledge base: dated, cited law data and the engine that evaluates a case.

A plain library (no Rasa): `evaluate(case) -> Result`, `parse_case`, `list_programs`,
`describe_program`. The CLI is `python -m knowledge`.
"""
from knowledge.case import Case, parse_case
from knowledge.engine import describe_program, estimate_pay, evaluate, list_programs
from knowledge.errors import InvalidCaseError, KnowledgeError, LawDataError, NotInForceError
from knowledge.result import ProgramResult, Result

__all__ = [
    "Case", "InvalidCaseError", "KnowledgeError", "LawDataError", "NotInForceError",
    "ProgramResult", "Result", "describe_program", "estimate_pay", "evaluate", "list_programs", "parse_case",
]
