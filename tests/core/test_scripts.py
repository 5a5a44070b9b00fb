"""Scripts: language choice, safe merge fields, branching."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from callcenter.services.calls import lease_next_contact
from callcenter.services.scripts import (
    load_script,
    merge_fields,
    pick_language,
    render,
    script_language,
)
from tests.factories import make_volunteer, make_world


def test_branching_follows_answers_and_ends_the_script(store):
    world = make_world(store, contacts=1)
    script = load_script(store, world.campaign_id)
    assert script.first_question().key == "support"
    assert script.after("support", "yes").key == "vote_plan"
    assert script.after("support", "no") is None  # ends the script
    assert script.after("vote_plan", "yes") is None  # last question
    assert script.after("unknown", "yes") is None


def test_merge_fields_fill_the_intro_in_the_contacts_language(store):
    world = make_world(store, contacts=1)
    vid = make_volunteer(store, "MERG22", campaign_ids=(world.campaign_id,))
    # 10:00 in Chicago, where the factory's contacts live: inside their calling hours.
    lease = lease_next_contact(
        store, vid, world.campaign_id, now=datetime(2026, 11, 3, 16, 0, tzinfo=UTC)
    )
    script = load_script(store, world.campaign_id)
    card = replace(lease.card, language="de", birth_year=1990)
    fields = merge_fields(
        card, volunteer_first_name="Vera", campaign_name="GOTV", today=date(2026, 11, 3)
    )
    lang = script_language(script, card.language)
    assert lang == "de"
    assert render(pick_language(script.intro, lang), fields) == (
        "Hallo First0, hier ist Vera von GOTV."
    )
    assert fields["age"] == "36"
    assert script_language(script, "fr") == "en"  # no French text in this script


def test_render_never_interprets_what_a_contact_typed():
    fields = {"first_name": "{0.__class__} O'Brien =cmd|' /C calc'!A0", "campaign": ""}
    assert render("Hi {first_name}!", fields) == "Hi {0.__class__} O'Brien =cmd|' /C calc'!A0!"
    assert render("With {campaign} at {polling_place}", fields) == (
        "With [campaign] at [polling_place]"
    )


def test_pick_language_falls_back():
    assert pick_language({"en": "Hi", "de": "Hallo"}, "de-AT") == "Hallo"
    assert pick_language({"en": "Hi"}, "fr") == "Hi"
    assert pick_language({"fr": "Salut"}, "de") == "Salut"
    assert pick_language({}, "de") == ""
