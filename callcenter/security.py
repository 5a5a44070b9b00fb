"""PIN hashing and volunteer codes.

PINs are stored only as argon2id hashes (salted, slow); a PIN is never logged
or written anywhere in clear.  The cost follows OWASP's argon2id minimum
(19 MiB, two passes), which keeps a sign-in quick on a shared workstation.
"""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)

# No 0/O, 1/I/L: a code is read aloud and typed from a paper slip.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
PIN_LENGTH = 6


def hash_pin(pin: str) -> str:
    return _HASHER.hash(pin)


def verify_pin(pin_hash: str | None, pin: str) -> bool:
    if not pin_hash:
        return False
    try:
        return _HASHER.verify(pin_hash, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_volunteer_code(rng: secrets.SystemRandom | None = None) -> str:
    choice = (rng or secrets.SystemRandom()).choice
    return "".join(choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_pin(rng: secrets.SystemRandom | None = None) -> str:
    choice = (rng or secrets.SystemRandom()).choice
    return "".join(choice("0123456789") for _ in range(PIN_LENGTH))


def normalise_code(code: str) -> str:
    """Codes are typed in any case and with stray spaces or dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())
