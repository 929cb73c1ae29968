"""The Korean rule layer: finds the quantities and words this domain lives on, normalised.

Two kinds of rules, both kept as data:
- word lists (nlu_data/patterns/lexicon.yml and the program synonyms of
  nlu_data/train/program_synonyms.yml) become spaCy ``SpanRuler`` patterns matched on the
  morphological tokens, so ``육휴를`` matches ``육휴`` without a particle rule;
- regex rules (nlu_data/patterns/quantities.yml) for numbers with counters and dates, whose
  named groups are turned into values by :mod:`bot.components.korean_normalisers`.
Overlapping matches are resolved by priority, then length: one entity per stretch of text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import regex
import yaml

from bot.components.korean_normalisers import NORMALISERS, MatchContext, Value

LEXICON_FILE = "lexicon.yml"
QUANTITIES_FILE = "quantities.yml"
LEXICON_PRIORITY = 50
SPANS_KEY = "worklife"
MACRO_ROUNDS = 4  # macros may use macros; four rounds expand every nesting in the data
# regexes of quantities.yml that decide between competing values of one message
CONTEXT_MARKERS = ("net_wage_marker", "correction_marker",
                   "individual_count_before", "individual_count_after")
Markers = Mapping[str, Optional["regex.Pattern[str]"]]


class RuleDataError(ValueError):
    """Pattern data that cannot be compiled (unknown normaliser, bad regex)."""


@dataclass(frozen=True)
class FoundEntity:
    """An entity found by a rule: Rasa's entity fields plus the rule that found it."""

    entity: str
    start: int
    end: int
    text: str
    value: Value
    rule: str
    priority: int

    def to_rasa(self, extractor: str) -> Dict[str, Any]:
        """The dict Rasa keeps in ``message.entities``."""
        return {"entity": self.entity, "start": self.start, "end": self.end, "value": self.value,
                "extractor": extractor, "confidence_entity": 1.0, "text": self.text, "rule": self.rule}


@dataclass(frozen=True)
class RegexRule:
    """A compiled quantities rule."""

    rule_id: str
    label: str
    normaliser: str
    params: Mapping[str, Any]
    priority: int
    pattern: "regex.Pattern[str]"


@dataclass(frozen=True)
class LexiconGuard:
    """Context a word-list match must have or must not have (병원 다녀요 vs 병원 예약해줘;
    산부인과 and 간부인데 hold 부인 inside another word)."""

    followed_by: Optional["regex.Pattern[str]"]
    not_followed_by: Optional["regex.Pattern[str]"]
    # a look-behind, matched at the start of the term: the text just before must not be this
    not_preceded_by: Optional["regex.Pattern[str]"] = None


def load_rule_data(patterns_dir: Path, synonyms_file: Optional[Path]) -> Dict[str, Any]:
    """Read every rule file into one JSON-serialisable dict (stored inside the Rasa model)."""
    lexicon = yaml.safe_load((patterns_dir / LEXICON_FILE).read_text(encoding="utf-8"))["entries"]
    quantities = yaml.safe_load((patterns_dir / QUANTITIES_FILE).read_text(encoding="utf-8"))
    if synonyms_file is not None and synonyms_file.exists():
        lexicon = lexicon + program_entries(synonyms_file)
    return {"lexicon": lexicon, "macros": quantities["macros"], "rules": quantities["rules"],
            **{key: quantities.get(key) for key in CONTEXT_MARKERS}}


def program_entries(synonyms_file: Path) -> List[Dict[str, Any]]:
    """Rasa ``synonym`` blocks → word-list entries labelled ``program``."""
    data = yaml.safe_load(synonyms_file.read_text(encoding="utf-8"))
    entries = []
    for block in data.get("nlu", []):
        if "synonym" in block:
            terms = [line[2:].strip() for line in block["examples"].splitlines() if line.strip().startswith("- ")]
            entries.append({"label": "program", "id": block["synonym"], "terms": terms})
    return entries


def expand_macros(pattern: str, macros: Mapping[str, str]) -> str:
    """Replace ``{NAME}`` by the macro's text (macros may refer to other macros)."""
    for _ in range(MACRO_ROUNDS):
        for name, text in macros.items():
            pattern = pattern.replace("{" + name + "}", f"(?:{text})")
    return pattern


def compile_rules(data: Mapping[str, Any]) -> List[RegexRule]:
    """Compile the regex rules; whitespace inside folded YAML macros is not part of the regex."""
    macros = {name: regex.sub(r"\n\s*", "", text) for name, text in data["macros"].items()}
    rules = []
    for rule in data["rules"]:
        if rule["normaliser"] not in NORMALISERS:
            raise RuleDataError(f"rule {rule['id']}: unknown normaliser {rule['normaliser']}")
        pattern = regex.compile(expand_macros(rule["regex"], macros), regex.V1 | regex.IGNORECASE)
        rules.append(RegexRule(rule["id"], rule["label"], rule["normaliser"], rule.get("params", {}),
                               int(rule.get("priority", LEXICON_PRIORITY)), pattern))
    return rules


class KoreanRuleLayer:
    """Runs the word lists (spaCy) and the regex rules over a message and resolves overlaps."""

    def __init__(self, nlp: "spacy.Language", data: Mapping[str, Any]) -> None:  # noqa: F821
        self.nlp = nlp
        self.rules = compile_rules(data)
        self.guards = _compile_guards(data["lexicon"])
        self.term_values, self.term_pattern = _compile_terms(data["lexicon"])
        self.markers = {key: _compile_optional(data.get(key)) for key in CONTEXT_MARKERS}
        ruler = nlp.add_pipe("span_ruler", config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER"})
        ruler.add_patterns(spacy_patterns(data["lexicon"]))

    def find(self, text: str, message_date: dt.date) -> List[FoundEntity]:
        """All entities of ``text``, non-overlapping, in text order."""
        candidates = self._lexicon_matches(text) + self._term_matches(text) + self._regex_matches(text, message_date)
        found = prefer_gross_wage(resolve_overlaps(candidates), text, self.markers)
        return prefer_company_size(found, text, self.markers)

    def _lexicon_matches(self, text: str) -> List[FoundEntity]:
        """Word-list matches on the morphological tokens."""
        doc = self.nlp(text)
        found = []
        for span in doc.spans[SPANS_KEY]:
            if self._allowed(span.label_, span.id_, span.text, (span.start_char, span.end_char), text):
                found.append(FoundEntity(span.label_, span.start_char, span.end_char, span.text,
                                         span.id_, f"lexicon:{span.label_}", LEXICON_PRIORITY))
        return found

    def _term_matches(self, text: str) -> List[FoundEntity]:
        """The same word lists matched on characters, for words the analyser split differently
        in context than alone (Kiwi reads 배우자 출산휴가 in 알바도 배우자 출산휴가 as 배우+자)."""
        found = []
        for match in self.term_pattern.finditer(text):
            label, value = self.term_values[term_key(match.group())]
            if _splits_words(match, text):
                continue
            if self._allowed(label, value, match.group(), match.span(), text):
                found.append(FoundEntity(label, match.start(), match.end(), match.group(), value,
                                         f"terms:{label}", LEXICON_PRIORITY))
        return found

    def _allowed(self, label: str, value: str, matched: str, span: Tuple[int, int], text: str) -> bool:
        """False when the match lacks the context its entry requires (or has an excluded one)."""
        if _lowercase_short_latin(matched):
            return False
        guard = self.guards.get((label, value, term_key(matched)))
        if guard is None:
            return True
        start, end = span
        required_ok = guard.followed_by is None or guard.followed_by.match(text, end) is not None
        excluded_ok = guard.not_followed_by is None or guard.not_followed_by.match(text, end) is None
        preceded_ok = guard.not_preceded_by is None or guard.not_preceded_by.match(text, start) is None
        return required_ok and excluded_ok and preceded_ok

    def _regex_matches(self, text: str, message_date: dt.date) -> List[FoundEntity]:
        """Regex-rule matches whose normaliser accepts them."""
        found = []
        for rule in self.rules:
            for match in rule.pattern.finditer(text):
                entity = _entity_from_match(rule, match, message_date)
                if entity is not None:
                    found.append(entity)
        return found


def _splits_words(match: "regex.Match[str]", text: str) -> bool:
    """True when a character match bridges a space by taking one syllable of a neighbouring
    word: 제 조건 is not 제조, 회신 부탁 is not 신부. Terms match with spaces optional, so a
    match may only take whole words at its edges (particles may follow: 배우자 출산휴가를)."""
    pieces = match.group().split()
    if len(pieces) < 2:
        return False
    start, end = match.span()
    glued_before = len(pieces[0]) == 1 and start > 0 and _is_hangul(text[start - 1])
    glued_after = len(pieces[-1]) == 1 and end < len(text) and _is_hangul(text[end])
    return glued_before or glued_after


def _is_hangul(char: str) -> bool:
    return "가" <= char <= "힣"


def _lowercase_short_latin(matched: str) -> bool:
    """A Latin abbreviation (IT, HR, SW) counts only in capitals when it stands alone: lower
    case it, hr are English words (What is it for?), not the industry or the team."""
    word = matched.strip()
    return word.isascii() and word.isalpha() and len(word) <= 3 and not word.isupper()


def _entity_from_match(rule: RegexRule, match: "regex.Match[str]", message_date: dt.date) -> Optional[FoundEntity]:
    """Normalise one match; ``None`` when the normaliser rejects it."""
    groups = match.groupdict()
    span = "ent" if groups.get("ent") is not None else 0
    start, end = match.span(span)
    value = NORMALISERS[rule.normaliser](MatchContext(groups, rule.params, message_date))
    if value is None or start == end:
        return None
    return FoundEntity(rule.label, start, end, match.group(span), value, rule.rule_id, rule.priority)


def resolve_overlaps(candidates: Sequence[FoundEntity]) -> List[FoundEntity]:
    """Keep the highest-priority, then longest, match of each overlapping group."""
    chosen: List[FoundEntity] = []
    for candidate in sorted(candidates, key=lambda e: (-e.priority, -(e.end - e.start), e.start)):
        if all(candidate.end <= kept.start or kept.end <= candidate.start for kept in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda e: e.start)


WAGE_LABEL = "monthly_wage"
NET_MARKER_WINDOW = 12  # characters before a wage where 세후 / 실수령 still qualifies it


def prefer_gross_wage(found: List[FoundEntity], text: str, markers: Markers) -> List[FoundEntity]:
    """Drop after-tax wages when the message also gives a different gross one.

    "세전 300 세후 270": the benefits are computed from the wage before tax (통상임금,
    고용보험법 시행령 제95조), and the wage slot keeps the message's last value, so the after-tax
    one must not win by coming second. A message with only an after-tax wage keeps it.
    """
    net_marker = markers.get("net_wage_marker")
    if net_marker is None or not _competing_values(found, WAGE_LABEL):
        return found
    net = set()
    previous_end = 0
    for entity in found:
        window = text[max(previous_end, entity.start - NET_MARKER_WINDOW):entity.end]
        if entity.entity == WAGE_LABEL and net_marker.search(window):
            net.add(entity)
        previous_end = entity.end
    return _drop_unless_all(found, WAGE_LABEL, net)


HEADCOUNT_LABEL = "headcount"


def prefer_company_size(found: List[FoundEntity], text: str, markers: Markers) -> List[FoundEntity]:
    """Drop counts of individual employees when the message also gives the company's size.

    "직원 23명 … 여직원 1명이 출산휴가를 신청": the subsidies and the 우선지원대상기업 test
    (고용보험법 시행령 제12조) read the company's size, and the headcount slot keeps the last
    value, so the one employee must not win by coming second. A correction ("40명 아니고 4명")
    keeps every value: there the last one is the new size.
    """
    correction = markers.get("correction_marker")
    if not _competing_values(found, HEADCOUNT_LABEL) or (correction is not None and correction.search(text)):
        return found
    individual = {e for e in found if e.entity == HEADCOUNT_LABEL and _names_individuals(e, text, markers)}
    return _drop_unless_all(found, HEADCOUNT_LABEL, individual)


def _names_individuals(count: FoundEntity, text: str, markers: Markers) -> bool:
    """True when the words around a headcount make it a count of employees doing something."""
    before, after = markers.get("individual_count_before"), markers.get("individual_count_after")
    return bool((before is not None and before.search(text, 0, count.start))
                or (after is not None and after.match(text, count.end)))


def _competing_values(found: Sequence[FoundEntity], label: str) -> bool:
    """True when the message gives two or more different values of one entity."""
    return len({e.value for e in found if e.entity == label}) > 1


def _drop_unless_all(found: List[FoundEntity], label: str, dropped: set) -> List[FoundEntity]:
    """``found`` without ``dropped``, unless that would leave no value of ``label`` at all."""
    if len(dropped) == sum(e.entity == label for e in found):
        return found
    return [e for e in found if e not in dropped]


def spacy_patterns(lexicon: Sequence[Mapping[str, Any]]) -> List[Dict[str, Any]]:
    """Word-list entries → SpanRuler patterns (phrase strings and token patterns)."""
    patterns = []
    for entry in lexicon:
        for term in entry.get("terms", []):
            patterns.append({"label": entry["label"], "pattern": term, "id": str(entry["id"])})
        for tokens in entry.get("tokens", []):
            patterns.append({"label": entry["label"], "pattern": tokens, "id": str(entry["id"])})
    return patterns


def _compile_guards(lexicon: Sequence[Mapping[str, Any]]) -> Dict[Tuple[str, str, str], LexiconGuard]:
    """Context guards of the entries that declare them, keyed by (label, id, term)."""
    guards = {}
    for entry in lexicon:
        required, excluded = entry.get("followed_by"), entry.get("not_followed_by")
        before = entry.get("not_preceded_by")
        if required or excluded or before:
            guard = LexiconGuard(_compile_optional(required), _compile_optional(excluded),
                                 _compile_optional(f"(?<=(?:{before}))") if before else None)
            for term in entry.get("terms", []):
                guards[(entry["label"], str(entry["id"]), term_key(term))] = guard
    return guards


def _compile_terms(lexicon: Sequence[Mapping[str, Any]]) -> Tuple[Dict[str, Tuple[str, str]], "regex.Pattern[str]"]:
    """One alternation of every term (longest first, spaces optional) and the value of each."""
    values: Dict[str, Tuple[str, str]] = {}
    for entry in lexicon:
        for term in entry.get("terms", []):
            values.setdefault(term_key(term), (entry["label"], str(entry["id"])))
    alternatives = sorted(values, key=len, reverse=True)
    body = "|".join(r"\s*".join(regex.escape(char) for char in key) for key in alternatives)
    # a Latin term (IT, HR, SW) must not be part of a longer Latin word (ITEM, SWITCH)
    latin_start = r"(?:(?=[A-Za-z])(?<![A-Za-z])|(?![A-Za-z]))"
    latin_end = r"(?:(?<=[A-Za-z])(?![A-Za-z])|(?<![A-Za-z]))"
    pattern = regex.compile(f"{latin_start}(?:{body}){latin_end}", regex.V1 | regex.IGNORECASE)
    return values, pattern


def term_key(text: str) -> str:
    """A term as matched case-insensitively, spaces aside (IT회사 = it 회사)."""
    return regex.sub(r"\s+", "", text).lower()


def _compile_optional(pattern: Optional[str]) -> Optional["regex.Pattern[str]"]:
    """A compiled guard pattern, or None when the entry has none."""
    return regex.compile(pattern, regex.V1 | regex.IGNORECASE) if pattern else None
