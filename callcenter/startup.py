"""Opening a profile's store for the desktop window, after the window is on screen.

The window's first paint needs none of this: the GUI builds the sign-in screen first
(with ``storefile.check_file`` and ``display_prefs.peek_display_settings`` only) and
calls :func:`open_for_gui` on its database thread.  The database layer is imported
here, inside the function, so that importing this module costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from callcenter.db import Store
    from callcenter.services.display_prefs import DisplaySettings


@dataclass(frozen=True)
class OpenedStore:
    """What the window needs once the store is open."""

    store: Store
    station_id: int | None
    display: DisplaySettings
    # Only ever for a demo database (``callcenter.demo.demo_credentials``).
    demo_credentials: Sequence[Any] | None = None


def open_for_gui(path: Path) -> OpenedStore:
    """Open (and migrate) the store, record this workstation, read the display settings.

    Raises:
        NotSQLiteError, StoreTooNewError, StoreLockedError: as ``open_store``.
    """
    from callcenter.db import open_store
    from callcenter.services.settings import display_settings
    from callcenter.services.station import this_station

    store = open_store(path)
    try:
        return OpenedStore(store, this_station(store), display_settings(store))
    except BaseException:
        store.close()
        raise


def opened(
    store: Store, station_id: int | None = None, demo_credentials: Sequence[Any] | None = None
) -> OpenedStore:
    """An already open store as :class:`OpenedStore` (the demo, tests)."""
    from callcenter.services.settings import display_settings

    return OpenedStore(store, station_id, display_settings(store), demo_credentials)
