"""Answer files and scoring of competency-question (CQ) results.

An answer file (``*.answers.yaml``) lists, question by question, the rows a
correct graph of one article returns (see the CQ spec).  This module loads and
validates those files and scores returned CQ rows against them.  It does no
SPARQL: the caller runs the queries and passes the rows in as plain dicts
(variable -> ``str | int | float | None``, ``None`` meaning unbound).

Matching rules (spec):

* a field left out of an answer row matches anything, including unbound;
* ``a|b|c`` lists accepted alternatives;
* text is compared after :func:`normalise_text` folding;
* ``~text`` matches when the folded text is contained in the folded value;
* a number matches an equal returned number (``7000 == "7000" == 7000.0``);
* a date matches a returned date that begins with it (``2021-05`` matches
  ``2021-05-08``, not the reverse);
* unordered pairs (``person1/person2``, ``party1/party2``, ``place1/place2``)
  match in either order.

Recall is the share of answer rows matched by some returned row, precision the
share of returned rows matching some answer row, per question and over all rows
(micro average).  A question that no answer file mentions at all (no key, as
opposed to ``question: []``) is *not assessed*: its returned rows are counted
but not scored and do not enter the overall figures.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

__all__ = [
    "CQ_VARIABLES",
    "UNORDERED_PAIRS",
    "AnswerFileError",
    "AnswerFile",
    "QuestionScore",
    "EvalResult",
    "load_answer_file",
    "load_answers",
    "normalise_text",
    "field_matches",
    "row_matches",
    "score",
    "expected_rows",
    "format_table",
    "result_to_dict",
]

CQ_VARIABLES: dict[str, tuple[str, ...]] = {
    "military_presence": ("operator", "facility", "host", "troops"),
    "located_in": ("thing", "place"),
    "visits": ("visitor", "place", "date"),
    "meetings": ("person1", "person2", "date", "place"),
    "roles": ("person", "role", "organization"),
    "agreements": ("party1", "party2", "agreement", "date"),
    "assistance": ("provider", "recipient", "what"),
    "borders": ("place1", "place2"),
    "memberships": ("member", "organization", "status"),
    "hostilities": ("attacker", "target", "place", "date", "killed"),
    "figures": ("subject", "measure", "value", "unit", "period"),
    "statements": ("speaker", "gist", "date"),
    "person_relations": ("person1", "relation", "person2"),
    "evidence": ("claim", "source", "sentence"),
}

UNORDERED_PAIRS: dict[str, tuple[str, str]] = {
    "meetings": ("person1", "person2"),
    "agreements": ("party1", "party2"),
    "borders": ("place1", "place2"),
}

ANSWER_SUFFIX = ".answers.yaml"
_TOP_LEVEL_KEYS = ("article", "answers")
_DATE_FIELDS = frozenset({"date"})
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


# --------------------------------------------------------------------------
# errors and records


class AnswerFileError(ValueError):
    """A malformed answer file (or folder).

    The message names the file, the line when known, the place in the file
    (``answers.visits[2].date``), what was expected and what arrived.  The
    parts are also available as attributes.
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        question: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.path = Path(path) if path is not None else None
        self.line = line
        self.question = question
        self.field = field


@dataclass(frozen=True)
class AnswerFile:
    path: Path
    article: str
    answers: dict[str, tuple[dict[str, object], ...]]


@dataclass(frozen=True)
class QuestionScore:
    question: str
    expected: int
    returned: int
    matched_expected: int
    matched_returned: int
    recall: float | None
    precision: float | None
    unmatched_expected: tuple[dict, ...]
    unmatched_returned: tuple[dict, ...]
    # False when no answer file lists the question at all: rows are counted,
    # not scored, and left out of the overall figures.
    assessed: bool = True


@dataclass(frozen=True)
class EvalResult:
    questions: tuple[QuestionScore, ...]
    expected: int
    returned: int
    matched_expected: int
    matched_returned: int
    recall: float | None
    precision: float | None


# --------------------------------------------------------------------------
# loading answer files


def _display_path(path: Path) -> str:
    if path.is_absolute():
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)
    return str(path)


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"string {value!r}"
    return f"{type(value).__name__} {value!r}"


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag.endswith(":null"):
        return "null"
    return f"{node.value!r}"


class _Reader:
    """Walks a composed YAML node tree so errors can carry line numbers."""

    def __init__(self, path: Path, loader: yaml.SafeLoader) -> None:
        self.path = path
        self.name = _display_path(path)
        self.loader = loader

    def error(
        self,
        where: str,
        message: str,
        node: yaml.Node | None = None,
        question: str | None = None,
        field: str | None = None,
    ) -> AnswerFileError:
        line = node.start_mark.line + 1 if node is not None else None
        location = f"{self.name}:{line}" if line is not None else self.name
        text = f"{location}: {where}: {message}" if where else f"{location}: {message}"
        return AnswerFileError(text, path=self.path, line=line, question=question, field=field)

    def value(
        self,
        node: yaml.Node,
        where: str,
        question: str | None = None,
        field: str | None = None,
    ) -> object:
        try:
            return self.loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError) as exc:
            # e.g. an unquoted impossible date (2021-13-45) or an unknown tag
            problem = getattr(exc, "problem", None) or str(exc)
            raise self.error(
                where, f"cannot read value {node.value!r}: {problem}", node, question, field
            ) from exc

    def mapping_items(
        self, node: yaml.MappingNode, where: str, question: str | None = None
    ) -> list[tuple[object, yaml.Node, yaml.Node]]:
        """(key, key node, value node) with duplicate keys reported."""
        self.loader.flatten_mapping(node)  # resolve "<<" merge keys
        seen: dict[object, int] = {}
        items = []
        for key_node, value_node in node.value:
            key = self.value(key_node, where, question)
            if not isinstance(key, str):
                raise self.error(
                    where, f"key {_describe(key)} is not a name", key_node, question=question
                )
            if key in seen:
                raise self.error(
                    where,
                    f"duplicate key {key!r} (first on line {seen[key]})",
                    key_node,
                    question=question,
                    field=key if question else None,
                )
            seen[key] = key_node.start_mark.line + 1
            items.append((key, key_node, value_node))
        return items


def _check_alternatives(text: str) -> str | None:
    """A problem with an ``a|~b`` expression, or None."""
    for alt in text.split("|"):
        alt = alt.strip()
        if not alt:
            return "empty alternative"
        body = alt[1:] if alt.startswith("~") else alt
        if not normalise_text(body):
            return f"alternative {alt!r} is empty after folding"
    return None


def _read_field(
    reader: _Reader, question: str, field: str, node: yaml.Node, where: str
) -> object:
    if not isinstance(node, yaml.ScalarNode):
        raise reader.error(
            where,
            f"expected a text, number or date, got {_node_kind(node)}",
            node,
            question,
            field,
        )
    raw = reader.value(node, where, question, field)
    if raw is None or isinstance(raw, bool):
        hint = " (leave the field out to accept anything)" if raw is None else " (quote it)"
        raise reader.error(
            where,
            f"expected a text, number or date, got {_describe(raw)}{hint}",
            node,
            question,
            field,
        )
    if isinstance(raw, (_dt.date, _dt.datetime)):
        value: object = raw.isoformat()
    elif field in _DATE_FIELDS and isinstance(raw, int):
        value = str(raw)  # an unquoted year: date: 1993
    else:
        value = raw
    if field in _DATE_FIELDS:
        if not isinstance(value, str):
            raise reader.error(
                where,
                f"expected a date YYYY, YYYY-MM or YYYY-MM-DD, got {_describe(raw)}",
                node,
                question,
                field,
            )
        for alt in value.split("|"):
            alt = alt.strip()
            if not alt.startswith("~") and not _ISO_DATE.fullmatch(alt):
                raise reader.error(
                    where,
                    f"expected a date YYYY, YYYY-MM or YYYY-MM-DD, got {alt!r}",
                    node,
                    question,
                    field,
                )
    if isinstance(value, str):
        problem = _check_alternatives(value)
        if problem:
            raise reader.error(
                where, f"{problem} in {value!r}", node, question, field
            )
    elif isinstance(value, float) and not math.isfinite(value):
        raise reader.error(where, f"expected a finite number, got {value!r}", node, question, field)
    return value


def _read_answers(reader: _Reader, node: yaml.Node) -> dict[str, tuple[dict[str, object], ...]]:
    if not isinstance(node, yaml.MappingNode):
        raise reader.error(
            "answers",
            f"expected a mapping of question name -> list of rows, got {_node_kind(node)}",
            node,
        )
    answers: dict[str, tuple[dict[str, object], ...]] = {}
    for question, key_node, rows_node in reader.mapping_items(node, "answers"):
        if question not in CQ_VARIABLES:
            raise reader.error(
                "answers",
                f"unknown question {question!r} (expected one of {', '.join(CQ_VARIABLES)})",
                key_node,
                question=question,
            )
        where_q = f"answers.{question}"
        if not isinstance(rows_node, yaml.SequenceNode):
            raise reader.error(
                where_q,
                f"expected a list of rows (use [] for none), got {_node_kind(rows_node)}",
                rows_node,
                question=question,
            )
        variables = CQ_VARIABLES[question]
        rows = []
        for index, row_node in enumerate(rows_node.value):
            where_r = f"{where_q}[{index}]"
            if not isinstance(row_node, yaml.MappingNode):
                raise reader.error(
                    where_r,
                    f"expected a row mapping field -> value, got {_node_kind(row_node)}",
                    row_node,
                    question=question,
                )
            row: dict[str, object] = {}
            for field, field_key, value_node in reader.mapping_items(row_node, where_r, question):
                if field not in variables:
                    raise reader.error(
                        where_r,
                        f"unknown field {field!r} (expected one of {', '.join(variables)})",
                        field_key,
                        question,
                        field,
                    )
                row[field] = _read_field(reader, question, field, value_node, f"{where_r}.{field}")
            if not row:
                raise reader.error(
                    where_r,
                    "empty row (it would match any returned row); give at least one field",
                    row_node,
                    question=question,
                )
            rows.append(row)
        answers[question] = tuple(rows)
    return answers


def load_answer_file(path: str | Path) -> AnswerFile:
    """Read and validate one ``*.answers.yaml`` file."""
    path = Path(path)
    name = _display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AnswerFileError(f"{name}: cannot read: {exc}", path=path) from exc
    loader = yaml.SafeLoader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else None
            context = exc.context or ""
            if context and exc.context_mark is not None and exc.context_mark is not mark:
                context += f" (line {exc.context_mark.line + 1})"
            problem = ": ".join(p for p in (context, exc.problem) if p)
            location = f"{name}:{line}" if line else name
            raise AnswerFileError(
                f"{location}: YAML syntax error: {problem}", path=path, line=line
            ) from exc
        except yaml.YAMLError as exc:
            raise AnswerFileError(f"{name}: YAML error: {exc}", path=path) from exc
        reader = _Reader(path, loader)
        if root is None:
            raise reader.error("", "empty file (expected a mapping with keys article, answers)")
        if not isinstance(root, yaml.MappingNode):
            raise reader.error(
                "",
                f"expected a mapping with keys article, answers, got {_node_kind(root)}",
                root,
            )
        top: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, key_node, value_node in reader.mapping_items(root, "top level"):
            if key not in _TOP_LEVEL_KEYS:
                raise reader.error(
                    "top level",
                    f"unknown key {key!r} (expected article, answers)",
                    key_node,
                )
            top[key] = (key_node, value_node)
        for key in _TOP_LEVEL_KEYS:
            if key not in top:
                raise reader.error("top level", f"missing key {key!r}", root)
        article_node = top["article"][1]
        article = reader.value(article_node, "article") if isinstance(article_node, yaml.ScalarNode) else None
        if not isinstance(article, str) or not article.strip():
            got = _node_kind(article_node) if article is None else _describe(article)
            raise reader.error(
                "article", f"expected the article file name, got {got}", article_node
            )
        answers = _read_answers(reader, top["answers"][1])
    finally:
        loader.dispose()
    return AnswerFile(path=path, article=article.strip(), answers=answers)


def load_answers(folder: str | Path) -> list[AnswerFile]:
    """Every ``*.answers.yaml`` in ``folder`` (sorted by name), validated."""
    folder = Path(folder)
    if not folder.is_dir():
        raise AnswerFileError(f"{_display_path(folder)}: not a folder", path=folder)
    files = [load_answer_file(p) for p in sorted(folder.glob("*" + ANSWER_SUFFIX)) if p.is_file()]
    seen: dict[str, Path] = {}
    for answer_file in files:
        other = seen.get(answer_file.article)
        if other is not None:
            raise AnswerFileError(
                f"{_display_path(answer_file.path)}: article: {answer_file.article!r} "
                f"is already answered in {_display_path(other)}",
                path=answer_file.path,
            )
        seen[answer_file.article] = answer_file.path
    return files


def expected_rows(answer_files) -> dict[str, list[dict]]:
    """Answer rows pooled over files, per question (only questions some file lists)."""
    pooled: dict[str, list[dict]] = {}
    for answer_file in answer_files:
        for question, rows in answer_file.answers.items():
            pooled.setdefault(question, []).extend(dict(row) for row in rows)
    return {q: pooled[q] for q in _question_order(pooled)}


# --------------------------------------------------------------------------
# matching

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u02bc": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2212": "-",
    }
)
_TRAILING_PUNCTUATION = ".,;:!?'\" "
_LEADING_THE = re.compile(r"^the\s+")


def normalise_text(s) -> str:
    """Spec folding: lower-case, fold white space, drop a leading "the" and
    trailing punctuation; typographic quotes, apostrophes and dashes become ASCII.

    Trailing punctuation is sentence punctuation and quotes (``. , ; : ! ? ' "``);
    symbols such as ``%``, ``$`` and ``)`` are kept.
    """
    if s is None:
        return ""
    text = unicodedata.normalize("NFKC", _as_text(s)).translate(_QUOTES)
    text = " ".join(text.lower().split())
    text = text.rstrip(_TRAILING_PUNCTUATION)
    text = _LEADING_THE.sub("", text)
    return text


def _as_text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return str(value)


def _as_number(value) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        number = float(value)
    else:
        try:
            number = float(str(value).strip())
        except ValueError:
            return None
    return number if math.isfinite(number) else None


def _numbers_equal(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _is_number(value) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _date_matches(expected: str, returned: str) -> bool:
    """``expected`` is a prefix of ``returned`` ending at a component boundary."""
    if not returned.startswith(expected):
        return False
    rest = returned[len(expected):]
    return not rest or not rest[0].isdigit()


def field_matches(expected, returned, field: str) -> bool:
    """Does one returned value (None = unbound) match one answer-file value?"""
    if returned is None:
        return False
    if field in _DATE_FIELDS:
        returned_date = _as_text(returned).strip()
        for alt in _as_text(expected).split("|"):
            alt = alt.strip()
            if alt.startswith("~"):
                needle = normalise_text(alt[1:])
                if needle and needle in normalise_text(returned_date):
                    return True
            elif alt and _date_matches(alt, returned_date):
                return True
        return False
    if _is_number(expected):
        number = _as_number(returned)
        return number is not None and _numbers_equal(float(expected), number)
    returned_text = normalise_text(returned)
    returned_number = _as_number(returned)
    for alt in _as_text(expected).split("|"):
        alt = alt.strip()
        if alt.startswith("~"):
            needle = normalise_text(alt[1:])
            if needle and needle in returned_text:
                return True
            continue
        if not alt:
            continue
        if normalise_text(alt) == returned_text:
            return True
        alt_number = _as_number(alt)
        if alt_number is not None and returned_number is not None:
            if _numbers_equal(alt_number, returned_number):
                return True
    return False


def _fields_match(expected_row: dict, returned_row: dict) -> bool:
    return all(
        field_matches(value, returned_row.get(field), field)
        for field, value in expected_row.items()
    )


def row_matches(question: str, expected_row: dict, returned_row: dict) -> bool:
    """Every field of the answer row matches; unordered pairs in either order."""
    if _fields_match(expected_row, returned_row):
        return True
    pair = UNORDERED_PAIRS.get(question)
    if pair is None:
        return False
    first, second = pair
    swapped = dict(returned_row)
    swapped[first], swapped[second] = returned_row.get(second), returned_row.get(first)
    return _fields_match(expected_row, swapped)


# --------------------------------------------------------------------------
# scoring


def _question_order(*mappings: dict) -> list[str]:
    names = set().union(*mappings)
    known = [q for q in CQ_VARIABLES if q in names]
    return known + sorted(names - set(CQ_VARIABLES))


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _score_question(question: str, expected: list[dict], returned: list[dict]) -> QuestionScore:
    hit_expected = [False] * len(expected)
    hit_returned = [False] * len(returned)
    for i, expected_row in enumerate(expected):
        for j, returned_row in enumerate(returned):
            if row_matches(question, expected_row, returned_row):
                hit_expected[i] = True
                hit_returned[j] = True
    matched_expected = sum(hit_expected)
    matched_returned = sum(hit_returned)
    return QuestionScore(
        question=question,
        expected=len(expected),
        returned=len(returned),
        matched_expected=matched_expected,
        matched_returned=matched_returned,
        recall=_ratio(matched_expected, len(expected)),
        precision=_ratio(matched_returned, len(returned)),
        unmatched_expected=tuple(dict(r) for r, hit in zip(expected, hit_expected) if not hit),
        unmatched_returned=tuple(dict(r) for r, hit in zip(returned, hit_returned) if not hit),
    )


def score(expected: dict[str, list[dict]], returned: dict[str, list[dict]]) -> EvalResult:
    """Score returned CQ rows against answer rows.

    Every CQ appears in the result.  A question missing from ``expected`` (no
    answer file lists it) is not assessed: recall and precision are None and it
    does not count in the overall figures.  ``question: []`` in ``expected``
    means "no rows expected", so any returned row is a false positive.
    """
    scores = []
    for question in _question_order(CQ_VARIABLES, expected, returned):
        returned_rows = list(returned.get(question) or ())
        if question not in expected:
            scores.append(
                QuestionScore(
                    question=question,
                    expected=0,
                    returned=len(returned_rows),
                    matched_expected=0,
                    matched_returned=0,
                    recall=None,
                    precision=None,
                    unmatched_expected=(),
                    unmatched_returned=(),
                    assessed=False,
                )
            )
            continue
        scores.append(_score_question(question, list(expected[question] or ()), returned_rows))
    assessed = [s for s in scores if s.assessed]
    total_expected = sum(s.expected for s in assessed)
    total_returned = sum(s.returned for s in assessed)
    matched_expected = sum(s.matched_expected for s in assessed)
    matched_returned = sum(s.matched_returned for s in assessed)
    return EvalResult(
        questions=tuple(scores),
        expected=total_expected,
        returned=total_returned,
        matched_expected=matched_expected,
        matched_returned=matched_returned,
        recall=_ratio(matched_expected, total_expected),
        precision=_ratio(matched_returned, total_returned),
    )


# --------------------------------------------------------------------------
# reporting

_MAX_VALUE_WIDTH = 160


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _format_row(question: str, row: dict) -> str:
    order = list(CQ_VARIABLES.get(question, ()))
    order += [k for k in row if k not in order]
    parts = []
    for field in order:
        if field not in row:
            continue
        value = row[field]
        text = "(unbound)" if value is None else " ".join(_as_text(value).split())
        if len(text) > _MAX_VALUE_WIDTH:
            text = text[: _MAX_VALUE_WIDTH - 3] + "..."
        parts.append(f"{field}={text}")
    return "; ".join(parts) if parts else "(empty row)"


def format_table(result: EvalResult) -> str:
    """Aligned plain-text table, an overall line, then the unmatched rows."""
    header = ("question", "expected", "returned", "recall", "precision")
    lines_data = []
    for s in result.questions:
        name = s.question if s.assessed else s.question + " *"
        lines_data.append(
            (name, str(s.expected), str(s.returned), _figure(s.recall), _figure(s.precision))
        )
    overall = (
        "overall",
        str(result.expected),
        str(result.returned),
        _figure(result.recall),
        _figure(result.precision),
    )
    widths = [
        max(len(row[i]) for row in [header, overall, *lines_data]) for i in range(len(header))
    ]

    def render(row: tuple[str, ...]) -> str:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    out = [render(header), rule, *(render(r) for r in lines_data), rule, render(overall)]
    if any(not s.assessed for s in result.questions):
        out.append("")
        out.append("* not in any answer file: rows counted, not scored")

    unmatched = [
        s for s in result.questions if s.assessed and (s.unmatched_expected or s.unmatched_returned)
    ]
    if unmatched:
        out.append("")
        out.append("Unmatched rows")
        for s in unmatched:
            out.append("")
            out.append(f"{s.question}:")
            if s.unmatched_expected:
                out.append(f"  expected, not returned ({len(s.unmatched_expected)}):")
                out.extend(f"    {_format_row(s.question, r)}" for r in s.unmatched_expected)
            if s.unmatched_returned:
                out.append(f"  returned, not expected ({len(s.unmatched_returned)}):")
                out.extend(f"    {_format_row(s.question, r)}" for r in s.unmatched_returned)
    return "\n".join(out) + "\n"


def _jsonable(value):
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Decimal):
        return float(value)
    return _as_text(value)


def _row_to_dict(row: dict) -> dict:
    return {str(k): _jsonable(v) for k, v in row.items()}


def result_to_dict(result: EvalResult) -> dict:
    """A JSON-able dict of the whole result."""
    return {
        "overall": {
            "expected": result.expected,
            "returned": result.returned,
            "matched_expected": result.matched_expected,
            "matched_returned": result.matched_returned,
            "recall": result.recall,
            "precision": result.precision,
        },
        "questions": [
            {
                "question": s.question,
                "assessed": s.assessed,
                "expected": s.expected,
                "returned": s.returned,
                "matched_expected": s.matched_expected,
                "matched_returned": s.matched_returned,
                "recall": s.recall,
                "precision": s.precision,
                "unmatched_expected": [_row_to_dict(r) for r in s.unmatched_expected],
                "unmatched_returned": [_row_to_dict(r) for r in s.unmatched_returned],
            }
            for s in result.questions
        ],
    }
