"""The org's write rules: field types, lengths, references, required and unique fields,
derived fields and custom validation rules, with Salesforce's error codes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .errors import ApiError, invalid_field
from .schema import FieldSpec, ObjectSpec, canonical_date, canonical_datetime, normalize_id

if TYPE_CHECKING:
    from .store import Store

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Validator:
    """Checks and converts values before the store writes them."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def coerce(self, spec: ObjectSpec, values: dict[str, Any], creating: bool) -> dict[str, Any]:
        """JSON values to stored values, refusing what an org refuses."""
        out: dict[str, Any] = {}
        bad: list[str] = []
        for key, value in values.items():
            if key == "attributes":
                continue
            f = spec.field(key)
            if f is None:
                raise invalid_field(spec.name, key)
            if not (f.createable if creating else f.updateable):
                bad.append(f.name)
                continue
            out[f.name] = self.coerce_value(spec, f, value)
        if bad:
            raise ApiError(
                400,
                "INVALID_FIELD_FOR_INSERT_UPDATE",
                f"Unable to create/update fields: {', '.join(bad)}. Please check the security "
                "settings of this field and verify that it is read/write for your profile or "
                "permission set.",
                bad,
            )
        return out

    def coerce_value(self, spec: ObjectSpec, f: FieldSpec, value: Any) -> Any:
        def refuse(kind: str) -> ApiError:
            return ApiError(
                400,
                "JSON_PARSER_ERROR",
                f"Cannot deserialize instance of {kind} from {type(value).__name__} value "
                f"{value!r} or request may be missing a required field",
            )

        if value is None:
            return False if f.kind == "boolean" else None
        if f.kind == "boolean":
            if not isinstance(value, bool):
                raise refuse("boolean")
            return value
        if f.kind in ("int", "double"):
            if isinstance(value, bool):
                raise refuse(f.kind)
            try:
                number = float(value) if isinstance(value, str) else value
            except ValueError:
                raise refuse(f.kind) from None
            if not isinstance(number, int | float):
                raise refuse(f.kind)
            return int(number) if f.kind == "int" else float(number)
        if f.kind == "date":
            text = canonical_date(value) if isinstance(value, str) else None
            if text is None:
                raise refuse("date")
            return text
        if f.kind == "datetime":
            text = canonical_datetime(value) if isinstance(value, str) else None
            if text is None:
                raise refuse("datetime")
            return text
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise refuse("string")
        text = str(value)
        if f.kind in ("id", "reference"):
            return self.reference(spec, f, text)
        if f.length is not None and len(text) > f.length:
            raise ApiError(
                400,
                "STRING_TOO_LONG",
                f"{f.label or f.name}: data value too large: {text[:40]} (max length={f.length})",
                [f.name],
            )
        if f.kind == "email" and text and not _EMAIL.match(text):
            raise ApiError(
                400, "INVALID_EMAIL_ADDRESS", f"{f.name}: invalid email address: {text}", [f.name]
            )
        return text

    def reference(self, spec: ObjectSpec, f: FieldSpec, text: str) -> str | None:
        if text == "":
            return None
        canonical = normalize_id(text)
        if canonical is None:
            raise ApiError(
                400, "MALFORMED_ID", f"{f.name}: id value of incorrect type: {text}", [f.name]
            )
        target = self.store.object_for_id(canonical)
        wanted = f.reference_to
        if target is None or ("*" not in wanted and target.name not in wanted):
            raise ApiError(
                400,
                "FIELD_INTEGRITY_EXCEPTION",
                f"{f.name}: id value of incorrect type: {text}",
                [f.name],
            )
        row = self.store.get(target.name, canonical, ["IsDeleted"])
        if row is None:
            raise ApiError(
                400, "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", [f.name]
            )
        if row["IsDeleted"]:
            raise ApiError(400, "ENTITY_IS_DELETED", "entity is deleted", [f.name])
        return canonical

    def derive(self, spec: ObjectSpec, merged: dict[str, Any], data: dict[str, Any]) -> None:
        """Fields an org computes: Contact.Name, CampaignMember.HasResponded."""
        if spec.name == "Contact" and ({"FirstName", "LastName"} & data.keys()):
            first = merged.get("FirstName") or ""
            data["Name"] = f"{first} {merged.get('LastName') or ''}".strip()
        if spec.name == "CampaignMember" and "Status" in data and merged.get("CampaignId"):
            row = self.store.conn.execute(
                'SELECT "HasResponded" FROM "CampaignMemberStatus" WHERE "CampaignId" = ? '
                'AND "Label" = ? AND "IsDeleted" = 0',
                (merged["CampaignId"], merged.get("Status")),
            ).fetchone()
            data["HasResponded"] = bool(row and row[0])

    def check(self, spec: ObjectSpec, merged: dict[str, Any], record_id: str | None) -> None:
        missing = [n for n, f in spec.fields.items() if f.required and merged.get(n) in (None, "")]
        if missing:
            raise ApiError(
                400,
                "REQUIRED_FIELD_MISSING",
                f"Required fields are missing: [{', '.join(missing)}]",
                missing,
            )
        for f in spec.fields.values():
            value = merged.get(f.name)
            if not f.unique or value in (None, ""):
                continue
            row = self.store.conn.execute(
                f'SELECT "Id" FROM "{spec.name}" WHERE "{f.name}" = ? COLLATE NOCASE '
                f'AND "IsDeleted" = 0 AND "Id" IS NOT ?',
                (value, record_id),
            ).fetchone()
            if row:
                raise ApiError(
                    400,
                    "DUPLICATE_VALUE",
                    f"duplicate value found: {f.name} duplicates value on record with id: {row[0]}",
                    [f.name],
                )
        if spec.name == "CampaignMember" and record_id is None and merged.get("ContactId"):
            row = self.store.conn.execute(
                'SELECT "Id" FROM "CampaignMember" WHERE "CampaignId" = ? AND "ContactId" = ? '
                'AND "IsDeleted" = 0',
                (merged.get("CampaignId"), merged["ContactId"]),
            ).fetchone()
            if row:
                raise ApiError(400, "DUPLICATE_VALUE", "Already a campaign member.", [])
        for rule, error_code in self.store.rules.get(spec.name, []):
            outcome = rule(merged)
            if isinstance(outcome, ApiError):
                raise outcome
            if outcome:
                raise ApiError(400, error_code, str(outcome), [])
