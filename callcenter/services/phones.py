"""Phone numbers: reading one written any usual way as E.164 (the one reader the import,
the CRM pull and the screens share), and marking a number wrong from the contact screen
without dropping the contact."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from callcenter.db import Store
from callcenter.errors import InvalidInputError
from callcenter.ids import new_op_id
from callcenter.messages import msg
from callcenter.models import Contact, Outbox, Phone, utcnow

# Spacing and punctuation people put in numbers; a leading "+" is kept.
_STRIP = str.maketrans("", "", " ()-./\u00a0\t")
_NANP_VALID: dict[str, bool] = {}
_CACHE_LIMIT = 50_000


def to_e164(text: str | None, region: str = "US") -> str | None:
    """E.164 for a number written any usual way; None when it is not a valid number.

    ``region`` (ISO code) reads national numbers ("030 1234567" in DE).  North
    American numbers in the usual spellings ((215) 555-0143, 215-555-0143,
    +1 215 555 0143, 1.215.555.0143) take a fast path (a big import or pull
    reads hundreds of thousands); everything else, extensions included, is
    libphonenumber's.  A "+" that is not +1 is never read as a US number.
    """
    if not text:
        return None
    compact = text.translate(_STRIP)
    plus = compact[:1] == "+"
    digits = compact[1:] if plus else compact
    if digits.isdigit() and digits.isascii() and (plus or region == "US" or _in_nanp(region)):
        if len(digits) == 11 and digits[0] == "1":
            digits = digits[1:]
        elif plus or len(digits) != 10:
            digits = ""
        if digits:
            valid = _NANP_VALID.get(digits[:6])
            if valid is None:
                valid = _nanp_valid(digits)
            return "+1" + digits if valid else None
    import phonenumbers  # slow to load and to run: only for numbers the fast path misses

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _nanp_valid(digits: str) -> bool:
    """Whether ten North American digits are a valid number, as libphonenumber says.

    libphonenumber's NANP patterns look at the area code and exchange only, so the
    answer is kept per first six digits; a new prefix is checked against the US
    patterns (~1 µs) and, failing those, ``is_valid_number`` (~100 µs: it tries
    each of the 25 NANP regions).
    """
    prefix = digits[:6]
    valid = _NANP_VALID.get(prefix)
    if valid is None:
        general, kinds = _us_patterns()
        valid = bool(general.fullmatch(digits)) and any(k.fullmatch(digits) for k in kinds)
        if not valid:
            import phonenumbers

            number = phonenumbers.PhoneNumber(country_code=1, national_number=int(digits))
            valid = phonenumbers.is_valid_number(number)
        if len(_NANP_VALID) > _CACHE_LIMIT:
            _NANP_VALID.clear()
        _NANP_VALID[prefix] = valid
    return valid


@lru_cache(maxsize=1)
def _us_patterns() -> tuple[re.Pattern[str], list[re.Pattern[str]]]:
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region("US")
    descs = (
        meta.fixed_line, meta.mobile, meta.toll_free, meta.premium_rate, meta.shared_cost,
        meta.personal_number, meta.voip, meta.pager, meta.uan, meta.voicemail,
    )  # fmt: skip
    kinds = [
        re.compile(d.national_number_pattern) for d in descs if d and d.national_number_pattern
    ]
    return re.compile(meta.general_desc.national_number_pattern), kinds


@lru_cache(maxsize=256)
def _in_nanp(region: str) -> bool:
    """Whether national numbers of ``region`` are North American (+1)."""
    if region in ("US", "CA"):
        return True
    import phonenumbers

    return phonenumbers.country_code_for_region(region.upper()) == 1


def mark_phone_wrong(
    store: Store, volunteer_id: int, phone_id: int, *, now: datetime | None = None
) -> None:
    """Flag one number as bad (wrong person, disconnected); the contact stays on the list.

    The change takes effect at once and is queued for the CRM.
    """
    now = now or utcnow()
    with store.write() as session:
        phone = session.get(Phone, phone_id)
        if phone is None:
            raise InvalidInputError(msg("phones.phone_does_not_exist", phone_id=phone_id))
        if phone.is_bad:
            return
        phone.is_bad = True
        contact = session.get(Contact, phone.contact_id)
        assert contact is not None
        session.add(
            Outbox(
                op_id=new_op_id(),
                kind="phone_bad",
                payload={
                    "contact_uid": contact.uid,
                    "crm_id": contact.crm_id,
                    "phone_id": phone.id,
                    "number_e164": phone.number_e164,
                    "volunteer_id": volunteer_id,
                },
                created_at=now,
            )
        )
