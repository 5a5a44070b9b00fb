"""Walk sheets over several pages: every page numbered, streets continued, walk order kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from callcenter.db import Store
from callcenter.services.canvass.checkout import CheckoutRequest, check_out
from callcenter.services.canvass.turf import TurfCut
from callcenter.services.canvass.walk_list import load_walk_list
from tests.factories import make_volunteer, make_world
from ui.canvass.walk_sheet import write_walk_sheets_pdf

HOUSEHOLDS = 60  # "1 Main St" ... "60 Main St", one person each


def test_a_long_street_runs_over_numbered_pages_in_walk_order(
    qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    world = make_world(store, contacts=HOUSEHOLDS)
    lead = make_volunteer(store, "LEAD55", role="shift_lead", campaign_ids=(world.campaign_id,))
    checkout_id = check_out(
        store, CheckoutRequest(lead, TurfCut(world.list_id), 8, name="Main Street")
    )
    walk = load_walk_list(store, checkout_id)
    path = tmp_path / "walk.pdf"

    pages = write_walk_sheets_pdf(path, walk)

    document = QPdfDocument()
    document.load(str(path))
    assert pages > 1 and document.pageCount() == pages
    texts = [document.getAllText(n).text() for n in range(pages)]
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "Walk sheet: Main Street" in text and "Door: 1 Not home" in text
    assert all("Main St · 60601 (continued)" in text for text in texts[1:])
    # Odd side first (1, 3, ... 59), then even (2, 4, ... 60): each house once, in that order.
    everything = "\n".join(texts).replace("\r\n", "\n")
    houses = [f"\n{n} Main St\n" for n in [*range(1, 61, 2), *range(2, 61, 2)]]
    positions = [everything.index(house) for house in houses]
    assert positions == sorted(positions)
    assert [h.house_label for h in walk.households] == [h.strip() for h in houses]
