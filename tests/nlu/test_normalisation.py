"""Rule layer: every entity type normalised to the exact value of nlu_data/README.md.

Relative dates are resolved against the fixed message date 2026-11-24 (a Tuesday).
"""
from __future__ import annotations

import datetime as dt

import pytest

from bot.components.korean_dates import FUTURE, PAST, resolve_date
from bot.components.korean_numbers import parse_korean_number
from tests.nlu.conftest import MESSAGE_DATE, entity_values

NUMBERS = [
    ("300", 300), ("4,200", 4200), ("2.5", 2.5), ("삼백", 300), ("사천이백", 4200), ("오십", 50),
    ("3천5백", 3500), ("삼백만", 3_000_000), ("이백오십만", 2_500_000), ("1만5천", 15_000),  # law-data-ok
    ("열두", 12), ("스물한", 21), ("세", 3), ("십이", 12), ("", None), ("abc", None),
]


@pytest.mark.parametrize("text,value", NUMBERS)
def test_korean_numbers(text, value):
    assert parse_korean_number(text) == value


ENTITIES = [
    # child_age_months
    ("애가 18개월이에요", [("child_age_months", 18)]),
    ("돌 지난 아기 있어요", [("child_age_months", 12)]),
    ("애가 두 돌인데요", [("child_age_months", 24)]),
    ("세 살 딸이요", [("child_age_months", 36)]),
    ("만 3세 아이", [("child_age_months", 36)]),
    ("백일 된 아기", [("child_age_months", 3)]),
    # child_birth_date
    ("작년 3월생 아들", [("child_birth_date", "2025-03-01")]),
    ("올해 5월에 태어났어요", [("child_birth_date", "2026-05-01")]),
    ("3월생이에요", [("child_birth_date", "2026-03-01")]),
    ("아이는 2020년 3월 6일이에요", [("child_birth_date", "2020-03-06")]),
    # child_grade
    ("큰애가 초2예요", [("child_grade", 2)]),
    ("초등학교 3학년", [("child_grade", 3)]),
    ("유치원 다녀요", [("child_grade", 0)]),
    # pregnancy_weeks and due_date
    ("임신 10주인데요", [("pregnancy_weeks", 10)]),
    ("지금 32주차예요", [("pregnancy_weeks", 32)]),
    ("임신 이십주", [("pregnancy_weeks", 20)]),
    ("예정일이 3월 10일이에요", [("due_date", "2027-03-10")]),
    ("내년 5월 출산 예정", [("due_date", "2027-05-01")]),
    ("예정일이 12월이에요", [("due_date", "2026-12-01")]),
    # dates read out in Hangul (voice typing); 이월 alone is "carry over", and the day after a
    # Hangul month is never a monthly wage (월 이십일 is not 21만 원)
    ("예정일이 내년 일월 이십일인데", [("due_date", "2027-01-20")]),
    ("와이프 예정일이 삼월 칠일이고", [("relation", "spouse"), ("due_date", "2027-03-07")]),
    ("예정일 이월 십오일이에요", [("due_date", "2027-02-15")]),
    ("유월에 복직해요", [("date", "2027-06-01")]),
    ("연차 이월 돼요?", []),
    ("월 이백오십 받아요", [("monthly_wage", 2500000)]),
    # money that is not the user's wage must never become one (a wrong amount is the worst bug)
    ("마음만 받을게요", []),
    ("'난임치료휴가 연 6일로 확대, 2일 유급'", [("program", "fertility_leave")]),
    ("육휴 급여 190 찍혔는데 맞아요? 월급 350이에요", [("program", "parental_leave"), ("monthly_wage", 3500000)]),
    ("매달 150씩 나가는데 월급 310이에요", [("monthly_wage", 3100000)]),
    ("연봉 3600인 직장맘이에요", [("monthly_wage", 3000000), ("role", "worker")]),
    # a budget, a fine's ceiling or a wished-for amount is not the wage earned
    ("출산 선물 10만원 안쪽으로 뭐가 좋아요", []),
    ("안 주면 500만원 이하 과태료래요", []),
    ("육휴 중에도 매달 200 이상은 받고 싶은데", [("program", "parental_leave")]),
    ("300만원은 받았으면 좋겠어요", []),
    # before and after tax in one message: benefits are computed from the gross wage, and the
    # slot keeps the last value, so the after-tax one must go whichever comes second
    ("세전 월 300 세후 270이에요", [("monthly_wage", 3_000_000)]),
    ("세후 270 세전 300", [("monthly_wage", 3_000_000)]),
    ("월급 300인데 실수령은 265만원이요", [("monthly_wage", 3_000_000)]),
    ("실수령 250만원이에요", [("monthly_wage", 2_500_000)]),
    # pay per hour, day or week is not a monthly wage (the bot asks for the monthly one)
    ("시급 1만원 받는 알바예요", []),
    ("일당 15만원 받아요", []),
    ("하루에 12만원 벌어요", []),
    ("주급 60만원이에요", []),
    # time already worked or spent is tenure, not a leave length; 한 달에 is "per month"
    ("입사 석 달 된 신입인데 배출휴가 돼요?", [("program", "spouse_birth_leave")]),
    ("경단 7년 끝에 재취업했어요", []),
    ("8년 쉬다가 복귀했어요", []),
    ("육휴 하면 한 달에 얼마예요", [("program", "parental_leave")]),
    ("저 먼저 여섯달 쉬고 남편이 그다음 여섯달", [("duration_months", 6), ("relation", "spouse"), ("duration_months", 6)]),
    # typed slips and English names of the programs
    ("배우자출산휴갸 언제까지 써야돼여", [("program", "spouse_birth_leave")]),
    ("ML 끝나고 PL 바로 붙여도 돼요?", [("program", "maternity_leave"), ("program", "parental_leave")]),
    # farming and fishing are "other" in the size table; a bus company is transport
    ("딸기 농장에서 일해요 직원 8명", [("industry", "other"), ("headcount", 8)]),
    ("시내버스 회사 다녀요", [("industry", "transport_storage")]),
    # one employee doing something is not the company's size when the size is given too; a
    # correction keeps both values (the last is the new one)
    ("직원 23명 규모 업체 대표입니다. 여직원 1명이 출산휴가를 신청했어요",
     [("headcount", 23), ("role", "employer"), ("gender", "female"), ("program", "maternity_leave")]),
    ("60명 규모예요. 개발자 두 명이 동시에 육휴 들어가요", [("headcount", 60), ("program", "parental_leave")]),
    ("40명 아니고 4명이요", [("headcount", 40), ("headcount", 4)]),
    ("직원 19명 물류. 출산 앞둔 직원 1명.", [("headcount", 19), ("industry", "transport_storage")]),
    ("직원 19명, 육휴 직원 1명", [("headcount", 19), ("program", "parental_leave")]),
    ("직원 30명인데 임신한 직원 2명 있어요", [("headcount", 30)]),
    # a word inside another word is not that word: 부인 in 산부인과 and 간부, 의원 in 대의원,
    # 돌 in 돌릴 and 돌싱, 간호 in 간호조무사, 두세 ("two or three") is not an age
    ("산부인과 다녀왔어요", []),
    ("노조 간부인데 조합원들이 물어봐서요", []),
    ("노조 대의원입니다", []),
    ("팀에 돌릴 인사 메일 써 줘", []),
    ("돌싱이에요", []),
    ("동네 의원 간호조무사예요", []),
    ("하루 두세 집씩 다녀요", []),
    ("부인이 임신했어요", [("relation", "spouse"), ("condition", "spouse_pregnant")]),
    ("엄마 간호 때문에 휴가 써야 해요", [("condition", "family_care")]),
    # a contract's term or time already spent is not a leave length
    ("기간제 2년 채우면 무기계약이에요?", []),
    ("한국 온지 4년 됐어요", []),
    ("1년짜리 기간제예요", []),
    ("연봉 사천에 1년반 다녔어요", [("monthly_wage", 3_333_333)]),
    ("육아휴직 1년 쓰고 싶어요", [("program", "parental_leave"), ("duration_months", 12)]),
    # voice-typing slips
    ("배우자 출산 유가 며칠이에요", [("program", "spouse_birth_leave")]),
    ("출산 유가 며칠이에요", [("program", "maternity_leave")]),
    # a wage that changed: the new amount comes last, so the wage slot ends with it
    ("월급 300이었다가 350으로 올랐어요", [("monthly_wage", 3_000_000), ("monthly_wage", 3_500_000)]),
    # a corrected wage: the old one, then the new one last (the slot keeps the last value)
    ("월급 230 말고 250이에요", [("monthly_wage", 2_300_000), ("monthly_wage", 2_500_000)]),
    ("월급이 230이 아니고 260이에요", [("monthly_wage", 2_300_000), ("monthly_wage", 2_600_000)]),
    ("연봉 4200 아니고 4800이에요", [("monthly_wage", 3_500_000), ("monthly_wage", 4_000_000)]),
    # a last 이 before 아니 is the particle: 200 then 300, never 2,020,000
    ("월급이 이백이 아니고 삼백이에요", [("monthly_wage", 2_000_000), ("monthly_wage", 3_000_000)]),
    ("월급이 이백삼십이 아니라 이백팔십이요", [("monthly_wage", 2_300_000), ("monthly_wage", 2_800_000)]),
    ("직원 이십이 명", [("headcount", 22)]),
    ("직원은 25명, 월급도 280 말고 300이에요", [("headcount", 25), ("monthly_wage", 2_800_000), ("monthly_wage", 3_000_000)]),
    ("월급이 250에서 280으로 올랐는데 육휴 급여 얼마예요",
     [("monthly_wage", 2_500_000), ("monthly_wage", 2_800_000), ("program", "parental_leave")]),
    ("연봉 4200에서 4800으로 인상됐어요", [("monthly_wage", 3_500_000), ("monthly_wage", 4_000_000)]),
    # hours a reduction may take off are not the hours worked; 한 달만 10시 is not 만 원
    ("하루 2시간까지만 줄일 수 있대요", []),
    ("3월 한 달만 10시 출근제 해도 돼요?", [("date", "2027-03-01"), ("duration_months", 1), ("program", "late_start_support")]),
    ("월급 300만원 이하인데 육휴 급여 얼마예요", [("monthly_wage", 3_000_000), ("program", "parental_leave")]),
    # one employee talked about is not the company's size
    ("편의점 사장인데 직원 한 명 육휴 가면", [("industry", "wholesale_retail"), ("role", "employer"), ("program", "parental_leave")]),
    ("직원 1명이에요", [("headcount", 1)]),
    # a month the child "comes out" is the due date; an adoption date is not a birth date
    ("아기 1월 나와요", [("due_date", "2027-01-01")]),
    ("아이를 올해 6월에 입양했어요", [("date", "2026-06-01")]),
    # monthly_wage
    ("월 300 받아요", [("monthly_wage", 3_000_000)]),
    ("월급이 280이에요", [("monthly_wage", 2_800_000)]),
    ("월급 300 주40시간 일해요", [("monthly_wage", 3_000_000), ("weekly_hours", 40)]),  # 주 starts the hours
    ("월급 300주", []),  # 300 weeks is no wage
    ("월급은 삼백이에요", [("monthly_wage", 3_000_000)]),
    ("삼백만 원 받아요", [("monthly_wage", 3_000_000)]),
    ("250만원 벌어요", [("monthly_wage", 2_500_000)]),
    ("연봉 4200이에요", [("monthly_wage", 3_500_000)]),
    ("연봉 5천인데요", [("monthly_wage", 4_166_666)]),
    ("월급 3,200,000원이요", [("monthly_wage", 3_200_000)]),
    # headcount
    ("직원 50명이에요", [("headcount", 50)]),
    ("직원 오십명", [("headcount", 50)]),
    ("5인 미만 사업장", [("headcount", 4)]),
    ("30인 이하예요", [("headcount", 30)]),
    ("300명 넘어요", [("headcount", 300)]),
    # industry
    ("제조업이에요", [("industry", "manufacturing")]),
    ("IT 회사 다녀요", [("industry", "ict")]),
    ("편의점 알바예요", [("industry", "wholesale_retail")]),
    ("병원 다녀요", [("industry", "health_social")]),
    ("병원 예약해줘", []),  # a venue word is an industry only when the user works there
    ("사찰에서 일해요", [("industry", "other")]),  # religious and non-profit employers
    ("세무사 사무실 다녀요", [("industry", "professional_science")]),
    ("치킨집 허는디 직원이 둘이여", [("industry", "accommodation_food")]),
    ("회사는 9명 식당이에여", [("headcount", 9), ("industry", "accommodation_food")]),
    ("주간보호센터 원장이에요", [("industry", "health_social"), ("role", "employer")]),
    ("아버지가 주간보호센터 다니셔서요", []),  # a family member's care centre, not a workplace
    ("국제구호 NGO에서 근무해요", [("industry", "other")]),
    # weekly_hours
    ("주 40시간 일해요", [("weekly_hours", 40)]),
    ("하루 6시간으로 줄이면", [("weekly_hours", 30)]),
    ("주야 맞교대라 하루 12시간 일해요", []),  # a shift day: days per week unknown, so asked
    ("하루 8시간이 아니라 하루 12시간이에요", []),  # the taken-back day must not stay as the value
    ("하루 8시간 아니고 하루 6시간이에요", [("weekly_hours", 30)]),
    ("주 삼십시간", [("weekly_hours", 30)]),
    ("하루 2시간 단축하면", []),  # hours reduced by, not hours worked
    # the hours a reduction goes down to, without 주: a week only from 15 hours (a day has fewer)
    ("주40시간인데 30시간으로 줄이려고요", [("weekly_hours", 40), ("weekly_hours", 30)]),
    ("35시간으로 단축하고 싶어요", [("weekly_hours", 35)]),
    ("하루 8시간인데 6시간으로 줄이면", [("weekly_hours", 40), ("weekly_hours", 30)]),  # the day carries over
    ("하루 8시간 근무인데 오후 2시간 줄여서 6시간으로 단축하려고요", [("weekly_hours", 40), ("weekly_hours", 30)]),
    ("주 40시간인데 6시간으로 줄이면", [("weekly_hours", 40)]),  # no day given: 6 is not read
    ("10시간으로 줄이면", []),
    # duration_months
    ("6개월 쓰려고요", [("duration_months", 6)]),
    ("1년 반 쉴 거예요", [("duration_months", 18)]),
    ("1년6개월 쓰면", [("duration_months", 18)]),
    ("석 달만 쓸게요", [("duration_months", 3)]),
    ("일년 쓸 거예요", [("duration_months", 12)]),
    # date
    ("내년 3월부터 쓸게요", [("date", "2027-03-01")]),
    ("다음 달에 복직해요", [("date", "2026-12-01")]),
    ("12월 15일부터요", [("date", "2026-12-15")]),
    ("다음 주부터요", [("date", "2026-11-30")]),
    ("내일부터 휴가예요", [("date", "2026-11-25")]),
    ("오늘 날씨 어때", []),
    ("2월 30일부터요", []),  # impossible date: dropped, never guessed
    # program
    ("육휴 쓰면 얼마", [("program", "parental_leave")]),
    ("출휴랑 산휴", [("program", "maternity_leave"), ("program", "maternity_leave")]),
    ("알바도 배우자 출산휴가 되나요?", [("program", "spouse_birth_leave")]),
    ("육단 하고 싶어요", [("program", "childcare_reduced_hours")]),
    ("6+6 되나요", [("program", "parents_6plus6")]),
    ("대체인력 지원금 받으려면", [("program", "replacement_worker_subsidy")]),
    # condition, role, gender, relation
    ("쌍둥이 임신했어요", [("condition", "multiple_pregnancy")]),
    ("한부모예요", [("condition", "single_parent")]),
    ("와이프가 임신했어요", [("relation", "spouse"), ("condition", "spouse_pregnant")]),
    ("저 남편인데요", [("gender", "male")]),
    ("남편이 육휴 쓰면", [("relation", "spouse"), ("program", "parental_leave")]),
    ("사장이에요", [("role", "employer")]),
    ("우리 회사 직원이 임신했어요", [("role", "employer")]),
    ("직장인이에요", [("role", "worker")]),
    ("워킹맘이에요", [("gender", "female")]),
    ("HR / 직원 300명 / 제조업", [("role", "employer"), ("headcount", 300), ("industry", "manufacturing")]),
    ("카페 하는데 직원 셋이에요", [("industry", "accommodation_food")]),
    ("분식집 사장이에요", [("industry", "accommodation_food"), ("role", "employer")]),
    ("유가휴직 얼마 나와요", [("program", "parental_leave")]),
    # what the word lists must not find: English "it", a syllable of the next word
    ("What is it for?", []),
    ("IT 회사 다녀요", [("industry", "ict")]),
    ("제 조건으로 되는 거 다 알려줘", []),
    ("회신 부탁드립니다", []),
    # round 14's training annotations: a date "as of" a day, wages before a job noun or the verb
    # 주다, a month's worth or a delay that is no leave, staff and speaker words, a birth, a
    # fertility procedure's planned date that is not a due date
    ("12월 31일자로 퇴사해요", [("date", "2026-12-31")]),
    ("연봉 4800 회사원입니다", [("monthly_wage", 4000000), ("role", "worker")]),
    ("지금 월급은 230 주고 있어요", [("monthly_wage", 2300000)]),
    ("세전 월급 270인데 육아휴직 나가면 한달치 대충 얼마임", [("monthly_wage", 2700000), ("program", "parental_leave")]),
    ("원래 계획보다 한 달 늦게 뽑으면", []),
    ("육휴 한 달 쓰려고요", [("program", "parental_leave"), ("duration_months", 1)]),
    ("HR 담당인데요", [("role", "employer")]),
    ("인사팀 담당자입니다", [("role", "employer")]),
    ("작은 회사 총무 맡고 있습니다", [("role", "employer")]),
    ("마트 캐셔 하는 파트타이머예요", [("industry", "wholesale_retail")]),
    ("작은 식당에서 주방 일 해요", [("industry", "accommodation_food")]),
    ("학원 강사인데", [("industry", "other")]),
    ("매장 점장님께 드리는 거예요", []),
    ("중소기업 다니는 아빠라 배출휴가는 안 쓸게요", [("gender", "male"), ("program", "spouse_birth_leave")]),
    ("남자 직장인입니다", [("gender", "male"), ("role", "worker")]),
    ("올해 7월에 낳고 출산휴가 끝났는데", [("child_birth_date", "2026-07-01"), ("program", "maternity_leave")]),
    ("인공수정 1월 5일 예정인데", [("condition", "fertility_treatment"), ("date", "2027-01-05")]),
    ("3월 5일 출산 예정이에요", [("due_date", "2027-03-05")]),
]


@pytest.mark.parametrize("text,expected", ENTITIES)
def test_rule_layer_normalises(rule_layer, text, expected):
    assert entity_values(rule_layer, text) == expected


def test_long_story_keeps_every_fact(rule_layer):
    story = ("안녕하세요 글이 좀 길어요. 저는 제조업 다니는 직장인이고 직원은 40명이에요. 월급은 세전 320이고 "
             "아이는 작년 3월생이에요. 와이프가 둘째 임신 20주차인데 내년 4월이 예정일이에요. "
             "육휴 1년 반 쓰면 얼마 받을 수 있어요?")
    found = entity_values(rule_layer, story)
    for pair in [("industry", "manufacturing"), ("headcount", 40), ("monthly_wage", 3_200_000),
                 ("child_birth_date", "2025-03-01"), ("pregnancy_weeks", 20), ("program", "parental_leave"),
                 ("duration_months", 18)]:
        assert pair in found


def test_entity_spans_point_at_the_text(rule_layer):
    text = "아 직원 40명이 아니라 400명이요"
    found = rule_layer.find(text, MESSAGE_DATE)
    assert [(text[e.start:e.end], e.value) for e in found] == [("40명", 40), ("400명", 400)]


RELATIVE = [
    ({"rel_month": "다음 달"}, FUTURE, "2026-12-01"),
    ({"rel_month": "다다음달"}, FUTURE, "2027-01-01"),
    ({"rel_month": "이번 달"}, FUTURE, "2026-11-01"),
    ({"rel_week": "다음 주"}, FUTURE, "2026-11-30"),
    ({"rel_year": "내년", "month": "3"}, FUTURE, "2027-03-01"),
    ({"rel_year": "작년", "month": "3"}, PAST, "2025-03-01"),
    ({"month": "3"}, FUTURE, "2027-03-01"),
    ({"month": "12"}, FUTURE, "2026-12-01"),
    ({"month": "11"}, FUTURE, "2026-11-01"),
    ({"month": "3"}, PAST, "2026-03-01"),
    ({"month": "12"}, PAST, "2025-12-01"),
    ({"month": "2", "day": "29"}, FUTURE, None),  # 2027 is not a leap year
    ({"year": "28", "month": "2", "day": "29"}, FUTURE, "2028-02-29"),
    ({"iy": "2027", "im": "1", "id": "5"}, FUTURE, "2027-01-05"),
]


@pytest.mark.parametrize("groups,direction,expected", RELATIVE)
def test_dates_resolve_against_the_message_date(groups, direction, expected):
    resolved = resolve_date(groups, MESSAGE_DATE, direction)
    assert (resolved.isoformat() if resolved else None) == expected


def test_another_message_date_moves_relative_dates(rule_layer):
    assert entity_values(rule_layer, "다음 달에 복직해요", dt.date(2027, 1, 31)) == [("date", "2027-02-01")]
