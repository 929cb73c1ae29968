"""mask_pii: personal numbers and addresses are replaced; facts the bot needs are kept."""
from __future__ import annotations

import logging

import pytest

from bot.privacy import PiiMaskingFilter, mask_pii, mask_value

MASKED = [
    # 주민등록번호 (with and without hyphen, spaces, foreigner registration digit)
    ("주민번호 900101-1234567이에요", "주민번호 [주민등록번호]이에요"),
    ("9001012345678", "[주민등록번호]"),
    ("990101 - 2345678", "[주민등록번호]"),
    ("외국인등록번호 850315-5123456", "외국인등록번호 [주민등록번호]"),
    # phone numbers
    ("010-1234-5678로 연락 주세요", "[전화번호]로 연락 주세요"),
    ("01012345678", "[전화번호]"),
    ("010 1234 5678", "[전화번호]"),
    ("010.1234.5678", "[전화번호]"),
    ("011-123-4567", "[전화번호]"),
    ("회사 02-123-4567", "회사 [전화번호]"),
    ("031-1234-5678", "[전화번호]"),
    ("070-1234-5678", "[전화번호]"),
    ("+82 10-1234-5678", "[전화번호]"),
    # e-mail
    ("메일은 hong.gildong+hr@example.co.kr 입니다", "메일은 [이메일] 입니다"),
    # bank account and card numbers
    ("신한 110-123-456789", "신한 [계좌번호]"),
    ("카카오뱅크 3333-01-1234567", "카카오뱅크 [계좌번호]"),
    ("국민 123456-78-901234", "국민 [계좌번호]"),
    ("우리 1002-123-456789", "우리 [계좌번호]"),
    ("계좌 110123456789로 보내요", "계좌 [계좌번호]로 보내요"),
    ("1234 5678 9012 3456", "[계좌번호]"),
    # several in one message
    ("010-1111-2222, a@b.kr, 900101-1234567",
     "[전화번호], [이메일], [주민등록번호]"),
]

KEPT = [
    "",
    "월 300만원 받아요",
    "월급 3000000원이에요",
    "연봉 42000000",
    "아이는 2026-03-01생이에요",
    "2026.03.01에 태어났어요",
    "직원 50명, 주 40시간",
    "육아휴직 12개월 쓰고 싶어요",
    "고객상담센터 1350",
    "2026 11 24",
    "8f3b1c2d4e5f60718293a4b5c6d7e8f90123456789abcdef",
]


@pytest.mark.parametrize(("text", "expected"), MASKED)
def test_personal_data_is_replaced_by_a_label(text: str, expected: str) -> None:
    assert mask_pii(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_dates_amounts_and_counts_are_kept(text: str) -> None:
    assert mask_pii(text) == text


def test_mask_value_masks_strings_inside_json() -> None:
    value = {"contact": ["010-1234-5678", 3], "note": {"mail": "x@y.com"}, "ok": True}
    assert mask_value(value) == {"contact": ["[전화번호]", 3], "note": {"mail": "[이메일]"},
                                 "ok": True}


def test_logging_filter_masks_the_formatted_message() -> None:
    record = logging.LogRecord("web", logging.INFO, __file__, 1, "user said %s",
                               ("전화 010-1234-5678",), None)
    PiiMaskingFilter().filter(record)
    assert record.getMessage() == "user said 전화 [전화번호]"
