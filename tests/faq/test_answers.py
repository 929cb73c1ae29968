"""Answers to well-known rule questions carry the exact figures, articles, dates and old rules."""
from __future__ import annotations

from datetime import date

import pytest

from knowledge.errors import NotInForceError
from knowledge.faq import UnknownFaqKeyError, answer_faq, load_faq
from knowledge.faq.figures import GRADE_ORDER as GRADES
from knowledge.faq.figures import fill
from knowledge.law import default_law

TODAY = date(2026, 11, 24)


def test_there_are_at_least_eighty_rule_questions() -> None:
    assert len(load_faq()) >= 80


def test_spouse_leave_is_20_days_within_120_days_changed_from_10() -> None:
    answer = answer_faq("spouse_leave_days", TODAY)
    assert "20일" in answer.text and "120일" in answer.text
    assert answer.basis == "남녀고용평등법 제18조의2"
    assert "근거: 남녀고용평등법 제18조의2, 시행일 2026년 9월 18일" in answer.text
    assert answer.changed_from.startswith("10일이었고")
    assert "예전에는 10일이었고" in answer.text
    assert answer.caveat is None


def test_spouse_leave_before_2026_09_18_counts_only_from_birth() -> None:
    answer = answer_faq("spouse_leave_days", date(2025, 3, 1))
    assert "출산일부터 120일 안에" in answer.text
    assert "50일 전" not in answer.text
    assert answer.effective_from == date(2025, 2, 23)
    assert answer.changed_from == "10일(고용보험 지원 5일)이었고 출산 후 90일 안에 써야 했어요."


def test_spouse_leave_before_birth_changes_on_2026_09_18() -> None:
    before = answer_faq("spouse_leave_before_birth", date(2026, 9, 17)).text
    after = answer_faq("spouse_leave_before_birth", date(2026, 9, 18)).text
    assert before.startswith("아직은 출산한 뒤에만 쓸 수 있어요.")
    assert after.startswith("네, 2026년 9월 18일부터 출산예정일 50일 전부터 쓸 수 있어요.")
    assert "시행일 2026년 9월 18일" in after


def test_reduced_hours_refusal_ground_removed_on_2026_09_18() -> None:
    before = answer_faq("reduced_hours_refusal", date(2026, 9, 17))
    after = answer_faq("reduced_hours_refusal", date(2026, 9, 18))
    assert "'대체인력을 채용할 수 없는 경우'도 그 사유에 들어가요" in before.text
    assert "'대체인력 채용이 불가능한 경우'가 거부 사유에서 빠졌어요" in after.text
    assert after.basis == "남녀고용평등법 제19조의2 제1항·제2항, 부칙(법률 제21476호) 제2조"
    assert after.changed_from == "대체인력을 뽑을 수 없다는 이유로도 거부할 수 있었어요."


def test_fertility_leave_paid_days_rise_from_2_to_4_on_2026_11_27() -> None:
    before = answer_faq("fertility_leave_days", date(2026, 11, 26))
    after = answer_faq("fertility_leave_days", date(2026, 11, 27))
    assert "1년에 6일이고, 그중 처음 2일은 유급" in before.text
    assert "1년에 6일이고, 그중 처음 4일은 유급" in after.text
    assert "예전에는 6일 중 처음 2일만 유급이었어요" in after.text
    assert before.changed_from == "1년에 3일, 그중 1일만 유급이었어요."


def test_parental_leave_pay_2025_rule_with_old_150_cap() -> None:
    answer = answer_faq("parental_leave_pay", TODAY)
    for figure in ("월 상한 250만원", "월 상한 200만원", "80%(월 상한 160만원)", "하한은 월 70만원",
                   "최대 2,310만원"):
        assert figure in answer.text
    assert "시행일 2025년 1월 1일" in answer.text
    assert "월 상한 150만원" in answer.changed_from
    assert answer.confidence == "B" and answer.caveat is None


def test_maternity_pay_cap_rises_on_2026_01_01_with_a_1350_caveat() -> None:
    old = answer_faq("maternity_leave_pay_amount", date(2025, 12, 31))
    new = answer_faq("maternity_leave_pay_amount", date(2026, 1, 1))
    assert "월 210만원" in old.text and "630만원" in old.text
    assert "월 220만원" in new.text and "660만원" in new.text and "880만원" in new.text
    assert "7,333,330원" in new.text
    assert "고용노동부고시 제2025-124호" in new.basis
    assert "1350" in new.caveat and new.caveat in new.text


def test_spouse_leave_pay_cap_per_year() -> None:
    assert "1,607,650원" in answer_faq("spouse_leave_pay", date(2025, 6, 1)).text
    assert "1,684,210원" in answer_faq("spouse_leave_pay", TODAY).text


@pytest.mark.parametrize(("day", "monthly"), [
    (date(2025, 2, 22), "월 50만원"), (date(2025, 2, 23), "월 55만원"), (date(2026, 1, 1), "월 625,000원"),
])
def test_reduced_hours_pay_example_for_300_wage_40_to_30_hours(day: date, monthly: str) -> None:
    assert f"월 300만원, 주 40→30시간이면 {monthly}이에요." in answer_faq("reduced_hours_pay", day).text


def test_pregnancy_reduction_from_32_weeks_without_pay_cut() -> None:
    when = answer_faq("pregnancy_hours_when", TODAY)
    assert "12주 이내이거나 32주 이후" in when.text
    assert "36주 이후" in when.changed_from
    assert when.basis == "근로기준법 제74조 제7항"
    assert "임금을 깎을 수 없어요" in answer_faq("pregnancy_hours_pay_cut", TODAY).text


def test_rule_questions_people_ask_most() -> None:
    assert "계약직(기간제)이나 파견 근로자도 육아휴직을 쓸 수 있어요" in answer_faq(
        "parental_leave_contract_worker", TODAY).text
    assert "피보험 단위기간 180일을 계산해요" in answer_faq("insured_period_job_change", TODAY).text
    quit_answer = answer_faq("parental_leave_quit", TODAY)
    assert quit_answer.text.startswith("퇴사한 날부터는 육아휴직 급여가 나오지 않아요.")
    assert "500만원 이하 벌금" in answer_faq("parental_leave_return_position", TODAY).text


def test_unverified_answer_has_the_1350_caveat_and_no_settled_tone() -> None:
    answer = answer_faq("parental_leave_six_months", TODAY)
    assert answer.confidence == "UNVERIFIED"
    assert answer.text.endswith(answer.caveat)
    assert "아직 공식 근거를 확인하지 못한 내용이에요" in answer.caveat


def test_rule_older_than_the_modelled_range_says_so() -> None:
    answer = answer_faq("maternity_leave_timing_change", TODAY)
    assert "근거: 근로기준법 제74조 제1항, 제110조, 2025년 1월 1일 기준 시행 중" in answer.text


def test_new_leave_is_not_answered_before_it_exists() -> None:
    with pytest.raises(NotInForceError):
        answer_faq("spouse_miscarriage_leave", date(2026, 9, 17))
    assert "5일" in answer_faq("spouse_miscarriage_leave", date(2026, 9, 18)).text


def test_a_date_before_the_modelled_range_is_an_error() -> None:
    with pytest.raises(NotInForceError):
        answer_faq("parental_leave_pay", date(2024, 12, 31))


def test_an_unknown_key_is_an_error() -> None:
    with pytest.raises(UnknownFaqKeyError, match="'no_such_question'"):
        answer_faq("no_such_question", TODAY)


def test_every_answer_on_every_version_renders_basis_old_rule_and_caveat() -> None:
    law = default_law()
    for key, entry in load_faq().items():
        for version in entry.versions:
            answer = answer_faq(key, version.valid_from)
            assert answer.text.startswith(fill(version.answer, version.valid_from, law).text)
            assert "{" not in answer.text, key
            assert f"근거: {version.basis}, " in answer.text
            assert ("예전에는 " in answer.text) == (version.changed_from is not None), key
            assert GRADES.index(answer.confidence) >= GRADES.index(version.confidence), key
            needs_caveat = answer.confidence in ("C", "UNVERIFIED")
            assert ("국번없이 1350" in (answer.caveat or "")) == needs_caveat, key
