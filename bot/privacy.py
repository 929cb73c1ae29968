"""Masking of personal data in user text.

Everything a user types passes through `mask_pii` at the web edge, before it reaches Rasa,
the database or a log (개인정보 보호법 제3조: 처리 목적에 필요한 최소한의 개인정보만 처리).
The bot never needs a 주민등록번호, phone number, e-mail address or account number to
explain a program, so these are replaced by a label saying what was removed.

The patterns are ordered: e-mail first (an address may contain digits), then 주민등록번호
(13 digits with a valid-looking birth date), phone numbers, and finally long digit groups
that look like bank account or card numbers. Dates, wages and counts stay intact because the
bot needs them.
"""
from __future__ import annotations

import logging
import re

EMAIL_LABEL = "[이메일]"
RRN_LABEL = "[주민등록번호]"
PHONE_LABEL = "[전화번호]"
ACCOUNT_LABEL = "[계좌번호]"
LABELS = (EMAIL_LABEL, RRN_LABEL, PHONE_LABEL, ACCOUNT_LABEL)

# 사용자명@도메인.최상위도메인
EMAIL_PATTERN = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")

# 생년월일 6자리(YYMMDD) + 성별·세기 숫자(1~8, 외국인등록번호 5~8) + 6자리.
# Digits glued to ASCII letters (hex ids, URLs, model names) are not personal numbers.
_START = r"(?<![0-9A-Za-z])"
_END = r"(?![0-9A-Za-z])"

RRN_PATTERN = re.compile(
    _START + r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"\s?[-–]?\s?[1-8]\d{6}" + _END
)

# 휴대전화 010·011·016~019, 지역번호 02·031~064, 인터넷전화 070, 국제표기 +82.
# Separators may be '-', '.', or a space; the digits-only form is matched too.
_SEPARATOR = r"[-.\s]?"
PHONE_PATTERN = re.compile(
    r"(?<![0-9A-Za-z-])(?:\+82[-.\s]?|0)"
    r"(?:1[016789]|2|[3-6][1-5]|70)"
    + _SEPARATOR + r"\d{3,4}" + _SEPARATOR + r"\d{4}(?![0-9A-Za-z-])"
)

# Account/card numbers: three or more digit groups joined by '-' or a space with 10–16 digits
# in all (bank formats of 3-3-6, 4-2-7 or 6-2-6 digits), or a bare run
# of 10–16 digits. An ISO date has only 8 digits and a wage written in won at most 9.
ACCOUNT_GROUPED_PATTERN = re.compile(
    r"(?<![0-9A-Za-z-])\d{2,6}(?:[-\s]\d{2,7}){2,3}(?![0-9A-Za-z-])")
ACCOUNT_PLAIN_PATTERN = re.compile(_START + r"\d{10,16}" + _END)
ACCOUNT_MIN_DIGITS = 10
ACCOUNT_MAX_DIGITS = 16


def mask_pii(text: str) -> str:
    """Return `text` with 주민등록번호, phone numbers, e-mails and account numbers replaced."""
    masked = EMAIL_PATTERN.sub(EMAIL_LABEL, text)
    masked = RRN_PATTERN.sub(RRN_LABEL, masked)
    masked = PHONE_PATTERN.sub(PHONE_LABEL, masked)
    masked = ACCOUNT_GROUPED_PATTERN.sub(_mask_grouped_account, masked)
    return ACCOUNT_PLAIN_PATTERN.sub(ACCOUNT_LABEL, masked)


def _mask_grouped_account(match: re.Match[str]) -> str:
    """Mask a digit group only when its digit count is that of an account or card number."""
    digit_count = sum(character.isdigit() for character in match.group(0))
    if ACCOUNT_MIN_DIGITS <= digit_count <= ACCOUNT_MAX_DIGITS:
        return ACCOUNT_LABEL
    return match.group(0)


def mask_value(value: object) -> object:
    """Mask every string inside a JSON-like value (dicts, lists, strings); other values pass."""
    if isinstance(value, str):
        return mask_pii(value)
    if isinstance(value, dict):
        return {key: mask_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [mask_value(item) for item in value]
    return value


class PiiMaskingFilter(logging.Filter):
    """Logging filter that masks personal data in a record's final message.

    Installed on the handlers of the web front so that a user message quoted in a log line
    (an error, a debug trace) is stored masked even when the caller forgot to mask it.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_pii(record.getMessage())
        record.args = None
        return True
