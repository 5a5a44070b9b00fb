"""The core's messages in the window's language.

The core (``callcenter/``, ``sync/``) has no Qt: a refusal a screen may show carries a
``Message``, a stable key and its params (``callcenter/messages.py``).  ``TEXTS`` holds
each key's English text for Qt's translation tools (``python -m ui.i18n_tools refresh``
finds them here); ``translated`` shows the translation with the params filled in: a
param that is itself a ``Message`` (a status word) is translated too, and times follow
the window's locale.

``tests/ui/test_core_messages.py`` fails when a key of the core has no entry here or
its English differs, so a new core message cannot reach a screen untranslated.  Text
the core stored before (the last sync error) is matched against the English texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, time
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from callcenter.errors import UserError
from callcenter.messages import CATALOG, Localized, Message, fields_of
from ui import formats
from ui.field_labels import field_label, field_list

CONTEXT = "CoreMessages"
_FIELD = re.compile(r"\{([a-z_0-9]+)\}")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")

# Params that name a field of the store: shown by the field's label, not its column.
FIELD_PARAMS: dict[tuple[str, str], Callable[[str], str]] = {
    ("conflicts.longer_than", "field"): field_label,
    ("conflicts.field_edited_here_since", "field"): field_label,
    ("conflicts.these_contact_fields_cannot_edited", "items"): field_list,
}

# One entry per key of callcenter/message_catalog.py, with the same English text.
TEXTS: dict[str, str] = {
    "auth.deactivated": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Your account has been deactivated: please ask a shift lead to reactivate it.",
    ),
    "auth.enter_code_and_pin": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Enter your volunteer code and your PIN.",
    ),
    "auth.locked": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Too many wrong PINs: this code is locked until {time}. A shift lead can reset your PIN.",
    ),
    "auth.no_match": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "That code and PIN do not match. Check them against your slip.",
    ),
    "auth.no_match_one_try_left": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "That code and PIN do not match. {left} try left before the code is locked.",
    ),
    "auth.no_match_tries_left": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "That code and PIN do not match. {left} tries left before the code is locked.",
    ),
    "auth.pending": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Your account is waiting to be activated: please see a shift lead.",
    ),
    "auth.pin_being_issued": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Your PIN is still being issued: try again in a moment, or ask a shift lead to reset it.",
    ),
    "auth.refused": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Sign-in refused.",
    ),
    "auth.suspended": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Your account is suspended for now: please see a shift lead.",
    ),
    "calling_groups.contact_s_time_zone_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This contact's time zone is unknown (no ZIP code, state or local number), so no "
        "callback time can be checked against the calling hours.",
    ),
    "calling_groups.outside_hours_zone": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The callback time {time} ({zone}) is outside the calling hours for this contact "
        "({hours}).",
    ),
    "calling_groups.outside_hours_zone_next": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The callback time {time} ({zone}) is outside the calling hours for this contact "
        "({hours}). The next possible time is {next}.",
    ),
    "calling_groups.outside_hours_zones": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The callback time {time} ({zone}) is outside the calling hours for this contact "
        "({hours} in every zone they may be in).",
    ),
    "calling_groups.outside_hours_zones_next": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The callback time {time} ({zone}) is outside the calling hours for this contact "
        "({hours} in every zone they may be in). The next possible time is {next}.",
    ),
    "calling_hours.no_calls_that_day": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no calls that day",
    ),
    "calls.are_not_assigned_campaign_shift": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "You are not assigned to the campaign '{name}'. A shift lead can assign you.",
    ),
    "calls.campaign_closed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The campaign '{name}' is closed.",
    ),
    "calls.campaign_does_not_exist": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Campaign {campaign_id} does not exist.",
    ),
    "calls.contact_no_longer_yours_call": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This contact is no longer yours to call (the lease expired or was released).",
    ),
    "calls.list_entry_does_not_exist": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "List entry {entry_id} does not exist.",
    ),
    "canvass.crm_cannot_reached_check_again": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The CRM cannot be reached. Check in again when the laptop is online; nothing was changed.",
    ),
    "canvass.no_crm_connected_laptop_so": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No CRM is connected on this laptop, so the results cannot be synced. Hand the turf "
        "back to free its contacts here; the results wait in the outbox.",
    ),
    "canvass_checkout.call_list_does_not_exist": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Call list {list_id} does not exist.",
    ),
    "canvass_checkout.check_turf_out_between_half": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Check a turf out for between half an hour and {number} days.",
    ),
    "canvass_checkout.checkout_can_run_at_most": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A checkout can run for at most {number} days.",
    ),
    "canvass_checkout.checkout_does_not_exist": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Checkout {checkout_id} does not exist.",
    ),
    "canvass_checkout.checkout_has_already_ended": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The checkout '{name}' has already ended.",
    ),
    "canvass_checkout.checkout_was_handed_back_checked": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The checkout '{name}' was handed back or checked in; it takes no new work.",
    ),
    "canvass_checkout.expired": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The checkout '{name}' has expired: its contacts can be read but take no new results."
        " Check it in to sync what it holds.",
    ),
    "canvass_checkout.nobody_open_list_matches_cut": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Nobody open on this list matches the cut (they may be done, leased to someone, or in"
        " another checkout). Widen the cut or pick another list.",
    ),
    "canvass_checkout.not_canvass_mode_phone_door": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{mode}' is not a canvass mode (phone or door).",
    ),
    "canvass_checkout.only_lead_check_in": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Only a shift lead or an admin can check in a checkout.",
    ),
    "canvass_checkout.only_lead_check_out": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Only a shift lead or an admin can check out a turf.",
    ),
    "canvass_checkout.only_lead_extend": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Only a shift lead or an admin can extend a checkout.",
    ),
    "canvass_checkout.only_lead_hand_back": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Only a shift lead or an admin can hand back a checkout.",
    ),
    "canvass_checkout.results_have_not_reached_crm": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Results of '{name}' have not reached the CRM yet ({waiting} waiting). Connect and "
        "sync, then check in again; nothing was released.",
    ),
    "canvass_paper.choose_result": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Choose a result: 1–{count}.",
    ),
    "canvass_paper.no_script": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This campaign has no script.",
    ),
    "canvass_paper.not_a_result": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{typed}' is not a result: use 1–{count}.",
    ),
    "canvass_paper.not_an_answer": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{value}' is not an answer here: use 1–{count}.",
    ),
    "canvass_paper.not_an_answer_text": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{value}' is not an answer here: this question takes text.",
    ),
    "canvass_paper.not_on_path": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The script does not come to this question after the answer to '{prompt}'; leave it blank.",
    ),
    "canvass_paper.nothing_save_type_at_least": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Nothing to save: type at least one result.",
    ),
    "canvass_paper.nothing_saved": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Nothing from this sheet was saved: row {row}: {problem}{more}",
    ),
    "canvass_paper.person_not_in_turf": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This person is not in the turf.",
    ),
    "canvass_paper.person_twice": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This person is on the sheet twice.",
    ),
    "canvass_paper.question_not_in_script": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This question is not in the script.",
    ),
    "canvass_paper.visit_time_future_check_sheet": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The visit time is in the future; check the sheet's date.",
    ),
    "canvass_results.list_entry_not_turf": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "List entry {entry_id} is not in the turf of '{name}'.",
    ),
    "canvass_results.not_way_results_are_taken": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{source}' is not a way results are taken.",
    ),
    "canvass_turf.take_at_least_one_household": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Take at least one household.",
    ),
    "canvass_walk_list.campaign_has_no_door_results": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The campaign of '{name}' has no door results.",
    ),
    "common.and_more": QT_TRANSLATE_NOOP(
        "CoreMessages",
        " (and {count} more)",
    ),
    "conflicts.conflict_not_open": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Conflict {conflict_id} is not open.",
    ),
    "conflicts.contact_does_not_exist": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Contact {contact_id} does not exist.",
    ),
    "conflicts.longer_than": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The {field} is longer than {limit}.",
    ),
    "conflicts.field_edited_here_since": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{field} was edited here after this conflict; that newer edit is kept. "
        "Keep the CRM's value to close this conflict.",
    ),
    "conflicts.only_contact_detail_can_re": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Only a contact detail can be re-sent; the other rules decide by themselves.",
    ),
    "conflicts.these_contact_fields_cannot_edited": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "These contact fields cannot be edited: {items}.",
    ),
    "contact_import.cannot_write_rejects_file_choose": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Cannot write the rejects file {path}: {strerror}. Choose another place for it.",
    ),
    "contact_import.import_was_cancelled_nothing_was": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The import of {name} was cancelled; nothing was imported.",
    ),
    "contact_import.not_region_code_like_us": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{region}' is not a region code like US, DE or FR.",
    ),
    "contact_mapping.cannot_read_mapping": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Cannot read the mapping {path}: {strerror}.",
    ),
    "contact_mapping.mapping_names_column_which_file": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The mapping {name} names the column '{name2}', which the file does not have.",
    ),
    "contact_mapping.mapping_needs_columns_object_column": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The mapping {name} needs a 'columns' object of column name to field name.",
    ),
    "contact_mapping.mapping_not_json": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The mapping {name} is not JSON ({exc}).",
    ),
    "contact_mapping.mapping_s_delimiter_must_tab": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The mapping's delimiter must be ',', ';' or a tab.",
    ),
    "contact_mapping.no_column_holds_name_map": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No column holds a name: map one to First name, Last name or Full name.",
    ),
    "contact_mapping.no_column_holds_phone_number": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No column holds a phone number: map one to a phone field.",
    ),
    "contact_mapping.not_field_contact_has": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{target}' is not a field a contact has.",
    ),
    "contact_mapping.two_columns_are_both_mapped": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Two columns ('{header}' and '{header2}') are both mapped to {targets}; choose one.",
    ),
    "contact_rows.longer_than": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "longer than {limit} characters",
    ),
    "contact_rows.no_name": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no name is given",
    ),
    "contact_rows.no_phone": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no phone number to call",
    ),
    "contact_rows.no_time_zone": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "its time zone cannot be found (no US ZIP code, no state and no local number), so it "
        "could never be called in its calling hours",
    ),
    "contact_rows.not_a_country": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{value}' is not a country this app knows",
    ),
    "contact_rows.not_a_number": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{value}' is not a whole number from {low} to {high}",
    ),
    "contact_rows.not_a_phone": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{value}' is not a valid phone number (region {region})",
    ),
    "contact_rows.not_a_zip": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{value}' is not a US ZIP code",
    ),
    "contact_rows.not_an_email": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{value}' is not an email address",
    ),
    "contact_rows.not_yes_no": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{value}' is neither yes nor no",
    ),
    "contact_rows.quote_never_closed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a quote opened here is never closed, so the rest of the file ran into this cell; "
        "close the quote and import again",
    ),
    "csvread.cannot_read": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Cannot read {path}: {strerror}.",
    ),
    "csvread.cannot_read_after_line_check": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} cannot be read after line {row_end}: {exc}. Check for a quote that is never "
        "closed.",
    ),
    "csvread.delimiter_must_comma_semicolon_tab": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The delimiter must be a comma, a semicolon or a tab.",
    ),
    "csvread.empty_has_no_header_line": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is empty: it has no header line.",
    ),
    "csvread.folder_not_csv_file": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is a folder, not a CSV file.",
    ),
    "csvread.not_after_line_choose_encoding": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is not {upper} after line {row_end}; choose its encoding by hand.",
    ),
    "csvread.not_choose_encoding_by_hand": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is not {upper}; choose its encoding by hand.",
    ),
    "csvread.not_csv_file": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is not a CSV file ({exc}).",
    ),
    "csvread.not_encoding_app_knows": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{encoding}' is not an encoding this app knows.",
    ),
    "csvread.not_text_file_save_list": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{source} is not a text file; save the list as CSV (comma or semicolon separated).",
    ),
    "csvread.says_but_not": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{source} says it is {upper} but is not.",
    ),
    "db.cannot_opened_as_call_center": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} cannot be opened as a call-center database ({reason}). Nothing was changed.",
    ),
    "db.folder_not_database_file": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is a folder, not a database file.",
    ),
    "db.locked": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is locked by another program or app instance that is writing to it. Close the"
        " other instance or wait a moment, then try again.",
    ),
    "db.not_call_center_database_not": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is not a call-center database (it is not an SQLite file). Nothing was "
        "changed; pass another file with --db.",
    ),
    "entry_rules.not_active_cannot_make_calls": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is {status}, not active, and cannot make calls.",
    ),
    "entry_rules.volunteer_does_not_exist": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Volunteer {volunteer_id} does not exist.",
    ),
    "migrate.was_written_by_newer_version": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} was written by a newer version of this app (schema {current}). Install the "
        "newer version to open it; nothing was changed.",
    ),
    "outbox.unknown_review_filter": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{status}' is not a review filter; use one of {items}.",
    ),
    "outbox.outbox_rows_are_not_waiting": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Outbox rows {items} are not waiting for review.",
    ),
    "phones.phone_does_not_exist": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Phone {phone_id} does not exist.",
    ),
    "privacy.contact_was_erased_already": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Contact {contact_id} was erased already.",
    ),
    "privacy.not_request_use_erase_opt": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{request}' is not a request; use erase or opt_out.",
    ),
    "privacy.only_admin_can_erase_person": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Only an admin can erase a person or export their data.",
    ),
    "recording.answer_does_not_belong_question": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Answer {answer_id} does not belong to question '{key}'.",
    ),
    "recording.call_ends_before_starts_check": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The call ends before it starts; check the call timer.",
    ),
    "recording.callback_time_needs_time_zone": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The callback time needs a time zone.",
    ),
    "recording.callback_time_past_choose_later": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The callback time is in the past; choose a later time.",
    ),
    "recording.campaign_has_no_script_answer": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The campaign '{campaign_name}' has no script to answer.",
    ),
    "recording.choose_date_time_callback": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Choose a date and time for the callback.",
    ),
    "recording.list_entry_does_not_exist": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "List entry {entry_id} does not exist or its campaign has no callback result.",
    ),
    "recording.phone_not_one_contact_s": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Phone {phone_id} is not one of this contact's numbers.",
    ),
    "recording.question_answered_twice": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Question '{key}' is answered twice.",
    ),
    "recording.question_needs_one_answers": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Question '{key}' needs one of its answers.",
    ),
    "recording.question_not_campaign_s_script": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Question {question_id} is not in this campaign's script.",
    ),
    "recording.result_code_not_one_campaign": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Result code {result_code_id} is not one of the campaign '{campaign_name}'.",
    ),
    "retention.keep_personal_data_at_least": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Keep personal data for at least one day.",
    ),
    "room.contact_rate": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{rate}% contacts on {calls} calls (room: {room}%)",
    ),
    "room.same_result": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "all {calls} calls recorded as {code}",
    ),
    "room.short_calls": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{short} of {calls} calls under {seconds} s",
    ),
    "salesforce_auth.device_sign_failed_try_again": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The device sign-in failed ({exc}); try again.",
    ),
    "salesforce_auth.keyring_backend_keeps_secrets_plain": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The keyring backend {name} keeps secrets in a plain file; the Salesforce sign-in "
        "needs the OS keyring. Choose another backend (see 'keyring --list').",
    ),
    "salesforce_auth.no_answer_came_back_from": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No answer came back from the browser in time; run 'callcenter crm connect' again.",
    ),
    "salesforce_auth.no_os_keyring_available_keep": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No OS keyring is available to keep the Salesforce sign-in safely, and this app never"
        " stores it in a file. Install and unlock one (GNOME Keyring or KWallet on Linux; "
        "macOS and Windows have one built in), then run 'callcenter crm connect'.",
    ),
    "salesforce_auth.nobody_approved_code_time_run": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Nobody approved the code in time; run the command again.",
    ),
    "salesforce_auth.os_keyring_could_not_changed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The OS keyring could not be changed ({exc}).",
    ),
    "salesforce_auth.os_keyring_could_not_read": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The OS keyring could not be read ({exc}).",
    ),
    "salesforce_auth.os_keyring_refused_store_salesforce": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The OS keyring refused to store the Salesforce sign-in ({exc}).",
    ),
    "salesforce_auth.port_computer_busy_so_browser": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Port {port} on this computer is busy, so the browser cannot hand the sign-in back. "
        "Close the program using it or pass another --redirect-port.",
    ),
    "salesforce_auth.salesforce_did_not_grant_access": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Salesforce did not grant access ({reason}).",
    ),
    "salesforce_auth.salesforce_no_longer_accepts_workstation": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Salesforce no longer accepts this workstation's sign-in (it was revoked or has "
        "expired). Run 'callcenter crm connect' again.",
    ),
    "salesforce_auth.salesforce_refused_sign": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Salesforce refused the sign-in ({exc}).",
    ),
    "salesforce_auth.salesforce_s_sign_service_at": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Salesforce's sign-in service at {login_url} cannot be reached ({name}). Check the "
        "network and try again.",
    ),
    "salesforce_auth.salesforce_s_sign_service_gave": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Salesforce's sign-in service gave an unexpected answer.",
    ),
    "salesforce_auth.salesforce_session_expired_run_callcenter": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The Salesforce session expired; run 'callcenter crm connect'.",
    ),
    "salesforce_auth.sign_answer_did_not_match": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The sign-in answer did not match this request; try again.",
    ),
    "salesforce_auth.sign_page_returned_no_authorization": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The sign-in page returned no authorization code; try again.",
    ),
    "salesforce_auth.sign_was_refused_browser": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The sign-in was refused in the browser.",
    ),
    "salesforce_auth.signing_failed_try_again": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Signing in failed: {exc}. Try again.",
    ),
    "salesforce_auth.workstation_not_connected_salesforce_at": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This workstation is not connected to Salesforce at {instance_url}. Run 'callcenter "
        "crm connect' first.",
    ),
    "salesforce_http.answer_incomplete": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Salesforce's answer arrived incomplete",
    ),
    "salesforce_http.connection_failed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the connection failed or was cut",
    ),
    "salesforce_http.network_timed_out": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the network timed out",
    ),
    "salesforce_http.no_answer": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no answer",
    ),
    "salesforce_http.not_web_address_should_start": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{url}' is not a web address (it should start with https://).",
    ),
    "salesforce_http.org_has_used_daily_api": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This org has used {used} of its {limit} daily API requests; the sync stopped early "
        "to leave the rest for the org's other tools. Nothing was lost.",
    ),
    "salesforce_http.salesforce_busy": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Salesforce was busy ({code})",
    ),
    "salesforce_http.salesforce_could_not_reached_properly": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Salesforce could not be reached properly ({problem}). Nothing was lost; the sync "
        "will pick up where it stopped. Check the network and try again.",
    ),
    "salesforce_http.salesforce_refused_workstation_s_session": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Salesforce refused this workstation's session even after renewing it. Run "
        "'callcenter crm connect' again.",
    ),
    "salesforce_http.salesforce_s_daily_api_limit": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Salesforce's daily API limit for this org is used up; the sync stopped and nothing "
        "was lost. It will work again when the limit resets (within 24 hours), or ask the CRM"
        " admin to raise it.",
    ),
    "salesforce_http.uses_plain_http_salesforce_needs": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{url}' uses plain http; Salesforce needs https:// (plain http is only allowed for a"
        " test server on this computer).",
    ),
    "salesforce_http.web_page_not_salesforce": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the network answered with a web page instead of Salesforce (a Wi-Fi sign-in page or "
        "a proxy?)",
    ),
    "salesforce_mapping.contact_not_in_salesforce": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The contact is not in Salesforce (it has no Salesforce id here), so this cannot be "
        "sent. Sync again after the contact exists in Salesforce, then retry.",
    ),
    "salesforce_mapping.unknown_kind": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This app does not know how to send '{kind}' rows to Salesforce.",
    ),
    "settings.app_speaks_not": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The app speaks {items}, not '{language}'.",
    ),
    "settings.dialing_works_tel_sip_not": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Dialing works with tel or sip, not '{scheme}'.",
    ),
    "settings.there_no_theme_try": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "There is no '{theme}' theme; try {items}.",
    ),
    "status.active": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "active",
    ),
    "status.deactivated": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "deactivated",
    ),
    "status.pending": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "pending",
    ),
    "status.suspended": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "suspended",
    ),
    "sync_review.only_lead_decides": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Only an active shift lead or admin can decide what is sent to the CRM.",
    ),
    "sync.crm_refused_read": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The CRM refused a read the sync needs ({code}: {message}). Nothing was lost; "
        "ask your CRM admin to look at it.",
    ),
    "sync.stopped_on_request": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The sync stopped because the app was closing; it goes on from there next time.",
    ),
    "sync.not_connected_run_connect": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This workstation is not connected to a CRM. Run 'callcenter crm connect --instance "
        "https://YOUR-ORG.my.salesforce.com' first.",
    ),
    "volunteer_directory.no_volunteer_has_code_id": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No volunteer has the code or id '{ref}'.",
    ),
    "volunteer_directory.unknown_role_use_one": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Unknown role '{role}'; use one of: {items}.",
    ),
    "volunteer_directory.unknown_status_use_one": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Unknown status '{status}'; use one of: {items}.",
    ),
    "volunteer_import.cannot_read_after_line": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{source} cannot be read after line {line_num}: {exc}.",
    ),
    "volunteer_import.email_registered": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a volunteer with the email {email} is already registered",
    ),
    "volunteer_import.empty": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{source} is empty.",
    ),
    "volunteer_import.has_no_first_last_name": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{source} has no first and last name columns (columns found: {shown}). Name them e.g."
        " 'First name' and 'Last name'.",
    ),
    "volunteer_import.mb_too_big_volunteer_list": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is {number} MB: too big for a volunteer list.",
    ),
    "volunteer_import.name_too_long": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a name is longer than {limit} characters",
    ),
    "volunteer_import.names_needed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a first and a last name are needed",
    ),
    "volunteer_import.not_a_language": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{word}' is not a language code like en, de or fr",
    ),
    "volunteer_import.not_a_phone": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{phone}' is not a phone number",
    ),
    "volunteer_import.not_an_email": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{email}' is not an email address",
    ),
    "volunteer_import.not_csv_file": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{source} is not a CSV file ({exc}).",
    ),
    "volunteer_import.person_registered": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} with this phone number is already registered",
    ),
    "volunteer_import.phone_too_long": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the phone number is longer than {limit} characters",
    ),
    "volunteer_import.same_as_line": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "same volunteer as line {line}",
    ),
    "volunteers.activate_them_issue_pin": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is {status}: activate them to issue a PIN.",
    ),
    "volunteers.cannot_activate": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Cannot activate {name}{more}: the account is {status}.",
    ),
    "volunteers.cannot_deactivate": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Cannot deactivate {name}{more}: the account is {status}.",
    ),
    "volunteers.cannot_reactivate": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Cannot reactivate {name}{more}: the account is {status}.",
    ),
    "volunteers.cannot_suspend": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Cannot suspend {name}{more}: the account is {status}.",
    ),
    "volunteers.is_admin_only_admin": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is an admin; only an admin can change their account.",
    ),
    "volunteers.is_shift_lead_only_admin": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{name} is a shift lead; only an admin can change their account.",
    ),
    "volunteers.no_campaign_id": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No campaign with id {value}.",
    ),
    "volunteers.no_volunteer_id": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No volunteer with id {missing}.",
    ),
    "volunteers.not_email_address": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{email}' is not an email address.",
    ),
    "volunteers.only_active_shift_lead_admin": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Only an active shift lead or admin can manage volunteers.",
    ),
    "volunteers.only_admin_can_change_roles": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Only an admin can change roles.",
    ),
    "volunteers.select_at_least_one_volunteer": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Select at least one volunteer.",
    ),
    "volunteers.unknown_action": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Unknown action '{action}'.",
    ),
    "volunteers.volunteer_needs_first_last_name": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A volunteer needs a first and a last name.",
    ),
    "volunteers.would_leave_no_active_admin": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This would leave no active admin; make someone else admin first.",
    ),
}


def translated(what: UserError | Message | str) -> str:
    """A refusal of the core (an error, its ``Message``, or English text) in the window's language.

    A key this table lacks, or text that is no message of the core (the CRM's own words,
    a CLI refusal), is shown as it is.
    """
    if isinstance(what, UserError):
        what = what.message
    if isinstance(what, Message):
        return _render(what)
    return _from_english(str(what))


def _render(message: Message) -> str:
    template = TEXTS.get(message.key)
    if template is None:
        return str(message)
    text = QCoreApplication.translate(CONTEXT, template)
    params = {}
    for name, value in message.params.items():
        label = FIELD_PARAMS.get((message.key, name))
        params[name] = label(str(value)) if label else _param(value)
    return text.format(**params)


def _param(value: object) -> str:
    if isinstance(value, Message):
        return _render(value)
    if isinstance(value, Localized):  # the campaign's own words, in the window's language
        return value.pick(QLocale().name())
    if isinstance(value, datetime):
        return formats.day_and_time(value)
    if isinstance(value, time):
        return formats.clock(value.hour * 60 + value.minute)
    return str(value)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each English text as a pattern whose groups are its fields, longest first."""
    compiled = []
    for key, template in CATALOG.items():
        if key not in TEXTS:
            continue
        parts = _FIELD.split(template.replace("{{", "{").replace("}}", "}"))
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
        )
        compiled.append((re.compile(regex, re.DOTALL), key, len("".join(parts[::2]))))
    compiled.sort(key=lambda found: -found[2])
    return tuple((pattern, key) for pattern, key, _ in compiled)


@cache
def _words() -> dict[str, str]:
    """English text of the messages without fields, to key (status words, "no answer")."""
    return {text: key for key, text in CATALOG.items() if not fields_of(text)}


def _from_english(text: str) -> str:
    for pattern, key in _patterns():
        found = pattern.fullmatch(text)
        if found is None:
            continue
        params: dict[str, object] = {}
        for name, value in found.groupdict().items():
            clock = _CLOCK.fullmatch(value) if name == "time" else None
            word = _words().get(value)
            if clock:
                params[name] = time(int(clock.group(1)), int(clock.group(2)))
            elif word is not None:
                params[name] = Message(word)
            else:
                params[name] = value
        return _render(Message(key, params))
    return text


def sentence(fragment: str) -> str:
    """A reason fragment ("'xx' is not a language code ...") as a sentence of its own."""
    return fragment[:1].upper() + fragment[1:] + "."
