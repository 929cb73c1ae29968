"""The registry of programs, in the fixed order of shared/API.md.

Each program lives in its own module `knowledge.programs.<id>` exposing `PROGRAM` (a ProgramSpec).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import import_module

from knowledge.rules import ProgramSpec

WORKER_PROGRAMS = (
    "maternity_leave", "miscarriage_leave", "spouse_birth_leave", "spouse_miscarriage_leave",
    "parental_leave", "short_parental_leave", "parents_6plus6", "single_parent_leave_bonus",
    "childcare_reduced_hours", "pregnancy_reduced_hours", "fertility_leave",
    "family_care_leave", "family_care_absence", "family_care_reduced_hours",
)
EMPLOYER_PROGRAMS = (
    "parental_leave_subsidy", "reduced_hours_subsidy", "replacement_worker_subsidy",
    "work_sharing_subsidy", "worklife_hours_incentive", "late_start_support",
    "flexible_work_incentive", "worklife_system_support", "worklife_45_project",
    "work_innovation_incentive", "worklife_excellent_company",
)
SERVICE_PROGRAMS = (
    "childcare_planner", "talent_bank", "happy_industrial_complex", "workplace_consulting",
    "seoul_remote_work_support", "seoul_worklife_points", "guro_workation",
)
PROGRAM_IDS = WORKER_PROGRAMS + EMPLOYER_PROGRAMS + SERVICE_PROGRAMS


def _available_ids() -> tuple[str, ...]:
    """Ids whose module exists (all of them once the knowledge base is complete)."""
    from importlib.util import find_spec
    return tuple(pid for pid in PROGRAM_IDS if find_spec(f"knowledge.programs.{pid}") is not None)


@lru_cache(maxsize=1)
def all_programs() -> tuple[ProgramSpec, ...]:
    """Every program spec, in API order."""
    return tuple(import_module(f"knowledge.programs.{pid}").PROGRAM for pid in _available_ids())


def program(program_id: str) -> ProgramSpec:
    for spec in all_programs():
        if spec.id == program_id:
            return spec
    raise KeyError(program_id)
