"""This workstation's identity in the store (recorded on every sign-in and call)."""

from __future__ import annotations

import socket

from sqlalchemy import select

from callcenter.db import Store
from callcenter.ids import new_op_id
from callcenter.models import Setting, Station

STATION_KEY = "station.uid"


def this_station(store: Store, name: str | None = None) -> int:
    """The id of this workstation's Station row, made on first use.

    Its name defaults to the host name (a machine name, not a person's), made
    unique if another station in the same store already uses it.
    """
    with store.write() as s:
        setting = s.get(Setting, STATION_KEY)
        if setting is not None:
            station_id = s.scalar(select(Station.id).where(Station.uid == setting.value))
            if station_id is not None:
                return station_id
        base = (name or socket.gethostname() or "station")[:70]
        taken = set(s.scalars(select(Station.name).where(Station.name.like(f"{base}%"))))
        chosen = base
        n = 2
        while chosen in taken:
            chosen, n = f"{base}-{n}", n + 1
        station = Station(uid=new_op_id(), name=chosen)
        s.add(station)
        s.flush()
        if setting is None:
            s.add(Setting(key=STATION_KEY, value=station.uid))
        else:
            setting.value = station.uid
        return station.id
