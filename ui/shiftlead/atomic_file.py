"""Writing a file all or nothing: a reader never sees half an export."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from callcenter.errors import UserError


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` with a temporary path beside ``path``, then move it into place.

    Raises:
        UserError: the file could not be written (the message names it).
    """
    part = path.with_name(f".{path.name}.part")
    try:
        write(part)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise UserError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
