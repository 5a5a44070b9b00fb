"""A tokenizer and recursive-descent parser for the SOQL subset the app sends.

Grammar (keywords case-insensitive)::

    query      := SELECT (COUNT '(' ')' | field (',' field)*) FROM name
                  [WHERE expr] [ORDER BY order (',' order)*] [LIMIT int] [OFFSET int]
    expr       := term (AND term)* | term (OR term)*     -- mixing needs parentheses, as in SOQL
    term       := NOT term | '(' expr ')' | comparison
    comparison := field ('=' | '!=' | '<>' | '<' | '<=' | '>' | '>=' | LIKE) value
                | field [NOT] IN '(' (value (',' value)* | query) ')'
    value      := 'string' | number | datetime | date | TRUE | FALSE | NULL
    order      := field [ASC | DESC] [NULLS (FIRST | LAST)]

Fields may be one parent relationship deep (Contact.Phone). The parser knows no schema:
field and object names are checked later (INVALID_FIELD / INVALID_TYPE).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .schema import canonical_date, canonical_datetime


class SoqlError(Exception):
    """A query the org would refuse; error_code is Salesforce's (MALFORMED_QUERY, ...)."""

    def __init__(self, message: str, error_code: str = "MALFORMED_QUERY") -> None:
        super().__init__(message)
        self.message = message
        self.error_code = error_code


@dataclass(frozen=True)
class Token:
    kind: str  # ident, string, number, datetime, date, op, punct, eof
    text: str  # the source text
    value: object  # decoded value (strings unescaped, numbers parsed)
    pos: int
    like: str | None = None  # string literal re-escaped for LIKE (\% and \_ stay literal)


@dataclass(frozen=True)
class Literal:
    kind: str  # string, number, boolean, null, datetime, date
    value: object
    like: str | None = None


@dataclass(frozen=True)
class Comparison:
    field: str
    op: str  # = != < <= > >= LIKE IN NOT IN
    value: Literal | tuple[Literal, ...] | Query


@dataclass(frozen=True)
class BoolOp:
    op: str  # AND, OR
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Not:
    item: Expr


Expr = Comparison | BoolOp | Not


@dataclass(frozen=True)
class OrderItem:
    field: str
    descending: bool = False
    nulls_last: bool | None = None  # None: Salesforce's default (nulls first ASC, last DESC)


@dataclass(frozen=True)
class Query:
    sobject: str
    fields: tuple[str, ...]
    count: bool = False
    where: Expr | None = None
    order_by: tuple[OrderItem, ...] = ()
    limit: int | None = None
    offset: int | None = None


_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?![\dT])")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)?")
_OPS = ("!=", "<>", "<=", ">=", "=", "<", ">")
_ESCAPES = {
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "b": "\b",
    "f": "\f",
    '"': '"',
    "'": "'",
    "\\": "\\",
}
KEYWORDS = frozenset(
    {
        *("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "LIKE", "ORDER", "BY", "ASC"),
        *("DESC", "NULLS", "FIRST", "LAST", "LIMIT", "OFFSET", "TRUE", "FALSE", "NULL"),
    }
)


def _where(source: str, pos: int) -> str:
    """Salesforce-style caret pointer (its MALFORMED_QUERY messages look like this)."""
    line_start = source.rfind("\n", 0, pos) + 1
    row = source.count("\n", 0, pos) + 1
    col = pos - line_start + 1
    line_end = source.find("\n", pos)
    line = source[line_start : line_end if line_end >= 0 else len(source)]
    return f"\n{line}\n{' ' * (col - 1)}^\nERROR at Row:{row}:Column:{col}\n"


def tokenize(source: str) -> list[Token]:
    """Split SOQL into tokens; string escapes are decoded here."""
    tokens: list[Token] = []
    pos = 0
    n = len(source)
    while pos < n:
        ch = source[pos]
        if ch.isspace():
            pos += 1
            continue
        if ch == "'":
            tokens.append(_string(source, pos))
            pos += len(tokens[-1].text)
            continue
        if ch in "(),":
            tokens.append(Token("punct", ch, ch, pos))
            pos += 1
            continue
        op = next((o for o in _OPS if source.startswith(o, pos)), None)
        if op:
            tokens.append(Token("op", op, "!=" if op == "<>" else op, pos))
            pos += len(op)
            continue
        if ch.isdigit() or (ch == "-" and pos + 1 < n and source[pos + 1].isdigit()):
            for kind, pattern in (("datetime", _DATETIME), ("date", _DATE)):
                match = pattern.match(source, pos)
                if match and ch != "-":
                    text = match.group()
                    value = canonical_datetime(text) if kind == "datetime" else canonical_date(text)
                    if value is None:
                        raise SoqlError(f"{_where(source, pos)}line 1:{pos} no viable alternative")
                    tokens.append(Token(kind, text, value, pos))
                    pos = match.end()
                    break
            else:
                match = _NUMBER.match(source, pos)
                assert match is not None
                text = match.group()
                tokens.append(Token("number", text, float(text) if "." in text else int(text), pos))
                pos = match.end()
            continue
        match = _IDENT.match(source, pos)
        if match:
            tokens.append(Token("ident", match.group(), match.group(), pos))
            pos = match.end()
            continue
        raise SoqlError(f"{_where(source, pos)}unexpected token: '{ch}'")
    tokens.append(Token("eof", "", None, n))
    return tokens


def _string(source: str, start: int) -> Token:
    """A quoted literal. SOQL escapes: \\' \\" \\\\ \\n \\r \\t \\b \\f, and \\_ \\% for LIKE."""
    value: list[str] = []
    like: list[str] = []
    pos = start + 1
    while pos < len(source):
        ch = source[pos]
        if ch == "'":
            text = source[start : pos + 1]
            return Token("string", text, "".join(value), start, like="".join(like))
        if ch == "\\":
            if pos + 1 >= len(source):
                break
            esc = source[pos + 1]
            if esc in "_%":
                value.append(esc)
                like.append("\\" + esc)
            elif esc.lower() in _ESCAPES or esc in _ESCAPES:
                decoded = _ESCAPES.get(esc, _ESCAPES.get(esc.lower(), esc))
                value.append(decoded)
                like.append("\\\\" if decoded == "\\" else decoded)
            else:
                raise SoqlError(
                    f"{_where(source, pos)}Invalid string literal '{source[start : pos + 2]}...'. "
                    "Illegal character sequence '\\" + esc + "' in string literal."
                )
            pos += 2
            continue
        value.append(ch)
        like.append(ch)
        pos += 1
    raise SoqlError(f"{_where(source, start)}line 1:{start} mismatched character '<EOF>'")


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = tokenize(source)
        self.i = 0

    # -- token helpers ------------------------------------------------------------------
    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def error(self, token: Token | None = None) -> SoqlError:
        token = token or self.tok
        shown = token.text if token.kind != "eof" else "<EOF>"
        return SoqlError(f"{_where(self.source, token.pos)}unexpected token: '{shown}'")

    def is_kw(self, *words: str) -> bool:
        return self.tok.kind == "ident" and self.tok.text.upper() in words

    def take_kw(self, word: str) -> None:
        if not self.is_kw(word):
            raise self.error()
        self.i += 1

    def take_punct(self, ch: str) -> None:
        if self.tok.kind != "punct" or self.tok.text != ch:
            raise self.error()
        self.i += 1

    def take_name(self) -> str:
        if self.tok.kind != "ident" or self.tok.text.upper() in KEYWORDS:
            raise self.error()
        name = self.tok.text
        self.i += 1
        return name

    # -- grammar ------------------------------------------------------------------------
    def query(self, nested: bool = False) -> Query:
        self.take_kw("SELECT")
        count = False
        fields: list[str] = []
        if self.is_kw("COUNT") and self.tokens[self.i + 1].text == "(":
            self.i += 1
            self.take_punct("(")
            self.take_punct(")")
            count = True
        else:
            fields.append(self.take_name())
            while self.tok.text == ",":
                self.i += 1
                fields.append(self.take_name())
        self.take_kw("FROM")
        sobject = self.take_name()
        where = None
        if self.is_kw("WHERE"):
            self.i += 1
            where = self.expr()
        order: list[OrderItem] = []
        if self.is_kw("ORDER"):
            self.i += 1
            self.take_kw("BY")
            order.append(self.order_item())
            while self.tok.text == ",":
                self.i += 1
                order.append(self.order_item())
        limit = self.int_clause("LIMIT")
        offset = self.int_clause("OFFSET")
        if not nested and self.tok.kind != "eof":
            raise self.error()
        return Query(sobject, tuple(fields), count, where, tuple(order), limit, offset)

    def int_clause(self, word: str) -> int | None:
        if not self.is_kw(word):
            return None
        self.i += 1
        if self.tok.kind != "number" or not isinstance(self.tok.value, int) or self.tok.value < 0:
            raise self.error()
        value = int(self.tok.value)
        self.i += 1
        return value

    def order_item(self) -> OrderItem:
        name = self.take_name()
        descending = False
        if self.is_kw("ASC", "DESC"):
            descending = self.tok.text.upper() == "DESC"
            self.i += 1
        nulls_last = None
        if self.is_kw("NULLS"):
            self.i += 1
            if not self.is_kw("FIRST", "LAST"):
                raise self.error()
            nulls_last = self.tok.text.upper() == "LAST"
            self.i += 1
        return OrderItem(name, descending, nulls_last)

    def expr(self) -> Expr:
        items = [self.term()]
        joiner: str | None = None
        while self.is_kw("AND", "OR"):
            word = self.tok.text.upper()
            if joiner and word != joiner:
                # SOQL refuses "a AND b OR c": the grouping must be explicit.
                raise self.error()
            joiner = word
            self.i += 1
            items.append(self.term())
        if joiner is None:
            return items[0]
        return BoolOp(joiner, tuple(items))

    def term(self) -> Expr:
        if self.is_kw("NOT"):
            self.i += 1
            return Not(self.term())
        if self.tok.text == "(" and self.tok.kind == "punct":
            self.i += 1
            inner = self.expr()
            self.take_punct(")")
            return inner
        return self.comparison()

    def comparison(self) -> Comparison:
        name = self.take_name()
        if self.tok.kind == "op":
            op = str(self.tok.value)
            self.i += 1
            return Comparison(name, op, self.literal())
        if self.is_kw("LIKE"):
            self.i += 1
            value = self.literal()
            if value.kind != "string":
                raise self.error(self.tokens[self.i - 1])
            return Comparison(name, "LIKE", value)
        negated = False
        if self.is_kw("NOT"):
            self.i += 1
            negated = True
        if self.is_kw("IN"):
            self.i += 1
            self.take_punct("(")
            if self.is_kw("SELECT"):
                sub = self.query(nested=True)
                self.take_punct(")")
                return Comparison(name, "NOT IN" if negated else "IN", sub)
            values = [self.literal()]
            while self.tok.text == ",":
                self.i += 1
                values.append(self.literal())
            self.take_punct(")")
            return Comparison(name, "NOT IN" if negated else "IN", tuple(values))
        raise self.error()

    def literal(self) -> Literal:
        tok = self.tok
        if tok.kind == "string":
            self.i += 1
            return Literal("string", tok.value, tok.like)
        if tok.kind in ("number", "datetime", "date"):
            self.i += 1
            return Literal(tok.kind, tok.value)
        if tok.kind == "ident" and tok.text.upper() in ("TRUE", "FALSE"):
            self.i += 1
            return Literal("boolean", tok.text.upper() == "TRUE")
        if tok.kind == "ident" and tok.text.upper() == "NULL":
            self.i += 1
            return Literal("null", None)
        raise self.error()


def parse(source: str) -> Query:
    """Parse one SOQL statement or raise SoqlError (MALFORMED_QUERY)."""
    if not source or not source.strip():
        raise SoqlError("A query string is required")
    return _Parser(source).query()


def quote(text: str) -> str:
    """A SOQL string literal for arbitrary text (the escaping the app must do too)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
