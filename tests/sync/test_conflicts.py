"""Two workstations edit one contact: the CRM wins and the loser's edit is kept for review."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from callcenter.db import Store, open_store
from callcenter.models import Conflict, Contact, Outbox
from callcenter.services.conflicts import edit_contact, open_conflicts, resolve_conflict
from tests.factories import make_volunteer
from tests.sfemu import SalesforceEmulator, seed_demo
from tests.sync.world import engine_for


def _local(store: Store, crm_id: str) -> Contact:
    with store.read() as s:
        contact = s.scalars(select(Contact).where(Contact.crm_id == crm_id)).one()
        s.expunge(contact)
        return contact


def test_two_workstations_edit_one_contact(
    emu: SalesforceEmulator, template_db: Path, tmp_path: Path
) -> None:
    demo = seed_demo(emu, contacts=20, seed=2)
    crm_id = demo.contact_ids[0]
    stores = []
    for name in ("a", "b"):
        shutil.copyfile(template_db, tmp_path / f"{name}.db")
        stores.append(open_store(tmp_path / f"{name}.db"))
    a, b = stores
    try:
        for store in stores:
            engine_for(store, emu).run_once()
        # Both fix the email while offline; A syncs first.
        edit_contact(a, _local(a, crm_id).id, {"email": "ann@example.org", "city": "Reading"})
        edit_contact(b, _local(b, crm_id).id, {"email": "ann.b@example.org"})
        engine_for(a, emu).run_once()
        assert emu.get("Contact", crm_id)["Email"] == "ann@example.org"  # type: ignore[index]
        engine_for(b, emu).run_once()
        # The CRM (A's edit) wins, everywhere.
        assert emu.get("Contact", crm_id)["Email"] == "ann@example.org"  # type: ignore[index]
        assert _local(b, crm_id).email == "ann@example.org"
        assert _local(b, crm_id).city == "Reading"  # A's other edit reached B by pull
        # B's edit is kept for review, and B's outbox row is done (nothing silent).
        (conflict,) = open_conflicts(b)
        assert (conflict.field, conflict.local_value, conflict.crm_value, conflict.rule) == (
            "email",
            "ann.b@example.org",
            "ann@example.org",
            "crm_wins_contact_details",
        )
        with b.read() as s:
            assert s.scalars(
                select(Outbox.status).where(Outbox.kind == "contact_update")
            ).all() == ["sent"]
        assert open_conflicts(a) == []
        # A person at B decides B was right: it is sent again, now on top of A's value.
        lead = make_volunteer(b, "LEAD234", pin=None, role="shift_lead")
        resolve_conflict(b, conflict.id, keep_local=True, actor_id=lead)
        engine_for(b, emu).run_once()
        assert emu.get("Contact", crm_id)["Email"] == "ann.b@example.org"  # type: ignore[index]
        engine_for(a, emu).run_once()
        assert _local(a, crm_id).email == "ann.b@example.org"
        with b.read() as s:
            assert s.scalars(select(Conflict.status)).all() == ["kept_local"]
    finally:
        for store in stores:
            store.close()


def test_an_edit_the_crm_did_not_touch_is_sent(emu: SalesforceEmulator, store: Store) -> None:
    demo = seed_demo(emu, contacts=5, seed=4)
    crm_id = demo.contact_ids[1]
    engine_for(store, emu).run_once()
    edit_contact(store, _local(store, crm_id).id, {"street": "12 Elm St"})
    emu.touch("Contact", crm_id, {"MailingCity": "Altoona"})  # another field: no conflict
    engine_for(store, emu).run_once()
    crm = emu.get("Contact", crm_id)
    assert crm is not None and (crm["MailingStreet"], crm["MailingCity"]) == (
        "12 Elm St",
        "Altoona",
    )
    assert open_conflicts(store) == []
    assert (_local(store, crm_id).street, _local(store, crm_id).city) == ("12 Elm St", "Altoona")
