"""Every message the core may show a person, by key, in English.

Keys are stable: the window (``ui/core_messages.py``) translates by key, so rewording
a text here means rewording it there too (a test compares them).  Fields in braces are
filled from the message's params; a field holding a ``Message`` (a status word, an
"(and 2 more)") is translated on its own.
"""

CATALOG: dict[str, str] = {
    "auth.deactivated": (
        "Your account has been deactivated: please ask a shift lead to reactivate it."
    ),
    "auth.enter_code_and_pin": "Enter your volunteer code and your PIN.",
    "auth.locked": (
        "Too many wrong PINs: this code is locked until {time}. A shift lead can reset your PIN."
    ),
    "auth.no_match": "That code and PIN do not match. Check them against your slip.",
    "auth.no_match_one_try_left": (
        "That code and PIN do not match. {left} try left before the code is locked."
    ),
    "auth.no_match_tries_left": (
        "That code and PIN do not match. {left} tries left before the code is locked."
    ),
    "auth.pending": "Your account is waiting to be activated: please see a shift lead.",
    "auth.pin_being_issued": (
        "Your PIN is still being issued: try again in a moment, or ask a shift lead to reset it."
    ),
    "auth.refused": "Sign-in refused.",
    "auth.suspended": "Your account is suspended for now: please see a shift lead.",
    "calling_groups.contact_s_time_zone_unknown": (
        "This contact's time zone is unknown "
        "(no ZIP code, state or local number), "
        "so no callback time can be checked "
        "against the calling hours."
    ),
    "calling_groups.outside_hours_zone": (
        "The callback time {time} ({zone}) is outside the calling hours for this contact ({hours})."
    ),
    "calling_groups.outside_hours_zone_next": (
        "The callback time {time} ({zone}) is "
        "outside the calling hours for this contact"
        " ({hours}). The next possible time is "
        "{next}."
    ),
    "calling_groups.outside_hours_zones": (
        "The callback time {time} ({zone}) is outside "
        "the calling hours for this contact ({hours} in"
        " every zone they may be in)."
    ),
    "calling_groups.outside_hours_zones_next": (
        "The callback time {time} ({zone}) is "
        "outside the calling hours for this "
        "contact ({hours} in every zone they may "
        "be in). The next possible time is {next}."
    ),
    "calling_hours.no_calls_that_day": "no calls that day",
    "calls.are_not_assigned_campaign_shift": (
        "You are not assigned to the campaign '{name}'. A shift lead can assign you."
    ),
    "calls.campaign_closed": "The campaign '{name}' is closed.",
    "calls.campaign_does_not_exist": "Campaign {campaign_id} does not exist.",
    "calls.contact_no_longer_yours_call": (
        "This contact is no longer yours to call (the lease expired or was released)."
    ),
    "calls.list_entry_does_not_exist": "List entry {entry_id} does not exist.",
    "canvass.crm_cannot_reached_check_again": (
        "The CRM cannot be reached. Check in again when the laptop is online; nothing was changed."
    ),
    "canvass.no_crm_connected_laptop_so": (
        "No CRM is connected on this laptop, so the "
        "results cannot be synced. Hand the turf back "
        "to free its contacts here; the results wait in"
        " the outbox."
    ),
    "canvass_checkout.call_list_does_not_exist": "Call list {list_id} does not exist.",
    "canvass_checkout.check_turf_out_between_half": (
        "Check a turf out for between half an hour and {number} days."
    ),
    "canvass_checkout.checkout_can_run_at_most": ("A checkout can run for at most {number} days."),
    "canvass_checkout.checkout_does_not_exist": "Checkout {checkout_id} does not exist.",
    "canvass_checkout.checkout_has_already_ended": "The checkout '{name}' has already ended.",
    "canvass_checkout.checkout_was_handed_back_checked": (
        "The checkout '{name}' was handed back or checked in; it takes no new work."
    ),
    "canvass_checkout.expired": (
        "The checkout '{name}' has expired: its contacts can be "
        "read but take no new results. Check it in to sync what "
        "it holds."
    ),
    "canvass_checkout.nobody_open_list_matches_cut": (
        "Nobody open on this list matches "
        "the cut (they may be done, leased "
        "to someone, or in another "
        "checkout). Widen the cut or pick "
        "another list."
    ),
    "canvass_checkout.not_canvass_mode_phone_door": (
        "'{mode}' is not a canvass mode (phone or door)."
    ),
    "canvass_checkout.only_lead_check_in": (
        "Only a shift lead or an admin can check in a checkout."
    ),
    "canvass_checkout.only_lead_check_out": ("Only a shift lead or an admin can check out a turf."),
    "canvass_checkout.only_lead_extend": ("Only a shift lead or an admin can extend a checkout."),
    "canvass_checkout.only_lead_hand_back": (
        "Only a shift lead or an admin can hand back a checkout."
    ),
    "canvass_checkout.results_have_not_reached_crm": (
        "Results of '{name}' have not "
        "reached the CRM yet ({waiting} "
        "waiting). Connect and sync, then "
        "check in again; nothing was "
        "released."
    ),
    "canvass_paper.choose_result": "Choose a result: 1–{count}.",
    "canvass_paper.no_script": "This campaign has no script.",
    "canvass_paper.not_a_result": "'{typed}' is not a result: use 1–{count}.",
    "canvass_paper.not_an_answer": "'{value}' is not an answer here: use 1–{count}.",
    "canvass_paper.not_an_answer_text": (
        "'{value}' is not an answer here: this question takes text."
    ),
    "canvass_paper.not_on_path": (
        "The script does not come to this question after the answer to '{prompt}'; leave it blank."
    ),
    "canvass_paper.nothing_save_type_at_least": "Nothing to save: type at least one result.",
    "canvass_paper.nothing_saved": (
        "Nothing from this sheet was saved: row {row}: {problem}{more}"
    ),
    "canvass_paper.person_not_in_turf": "This person is not in the turf.",
    "canvass_paper.person_twice": "This person is on the sheet twice.",
    "canvass_paper.question_not_in_script": "This question is not in the script.",
    "canvass_paper.visit_time_future_check_sheet": (
        "The visit time is in the future; check the sheet's date."
    ),
    "canvass_results.list_entry_not_turf": (
        "List entry {entry_id} is not in the turf of '{name}'."
    ),
    "canvass_results.not_way_results_are_taken": "'{source}' is not a way results are taken.",
    "canvass_turf.take_at_least_one_household": "Take at least one household.",
    "canvass_walk_list.campaign_has_no_door_results": (
        "The campaign of '{name}' has no door results."
    ),
    "common.and_more": " (and {count} more)",
    "conflicts.conflict_not_open": "Conflict {conflict_id} is not open.",
    "conflicts.contact_does_not_exist": "Contact {contact_id} does not exist.",
    "conflicts.field_edited_here_since": (
        "{field} was edited here after this conflict; that newer edit is kept. "
        "Keep the CRM's value to close this conflict."
    ),
    "conflicts.longer_than": "The {field} is longer than {limit}.",
    "conflicts.only_contact_detail_can_re": (
        "Only a contact detail can be re-sent; the other rules decide by themselves."
    ),
    "conflicts.these_contact_fields_cannot_edited": (
        "These contact fields cannot be edited: {items}."
    ),
    "contact_import.cannot_write_rejects_file_choose": (
        "Cannot write the rejects file {path}: {strerror}. Choose another place for it."
    ),
    "contact_import.import_was_cancelled_nothing_was": (
        "The import of {name} was cancelled; nothing was imported."
    ),
    "contact_import.not_region_code_like_us": (
        "'{region}' is not a region code like US, DE or FR."
    ),
    "contact_mapping.cannot_read_mapping": "Cannot read the mapping {path}: {strerror}.",
    "contact_mapping.mapping_names_column_which_file": (
        "The mapping {name} names the column '{name2}', which the file does not have."
    ),
    "contact_mapping.mapping_needs_columns_object_column": (
        "The mapping {name} needs a 'columns' object of column name to field name."
    ),
    "contact_mapping.mapping_not_json": "The mapping {name} is not JSON ({exc}).",
    "contact_mapping.mapping_s_delimiter_must_tab": (
        "The mapping's delimiter must be ',', ';' or a tab."
    ),
    "contact_mapping.no_column_holds_name_map": (
        "No column holds a name: map one to First name, Last name or Full name."
    ),
    "contact_mapping.no_column_holds_phone_number": (
        "No column holds a phone number: map one to a phone field."
    ),
    "contact_mapping.not_field_contact_has": "'{target}' is not a field a contact has.",
    "contact_mapping.two_columns_are_both_mapped": (
        "Two columns ('{header}' and '{header2}') are both mapped to {targets}; choose one."
    ),
    "contact_rows.longer_than": "longer than {limit} characters",
    "contact_rows.no_name": "no name is given",
    "contact_rows.no_phone": "no phone number to call",
    "contact_rows.no_time_zone": (
        "its time zone cannot be found (no US ZIP code, no state"
        " and no local number), so it could never be called in "
        "its calling hours"
    ),
    "contact_rows.not_a_country": "'{value}' is not a country this app knows",
    "contact_rows.not_a_number": "'{value}' is not a whole number from {low} to {high}",
    "contact_rows.not_a_phone": "'{value}' is not a valid phone number (region {region})",
    "contact_rows.not_a_zip": "'{value}' is not a US ZIP code",
    "contact_rows.not_an_email": "'{value}' is not an email address",
    "contact_rows.not_yes_no": "'{value}' is neither yes nor no",
    "contact_rows.quote_never_closed": (
        "a quote opened here is never closed, so the rest "
        "of the file ran into this cell; close the quote "
        "and import again"
    ),
    "csvread.cannot_read": "Cannot read {path}: {strerror}.",
    "csvread.cannot_read_after_line_check": (
        "{name} cannot be read after line {row_end}: {exc}. Check for a quote that is never closed."
    ),
    "csvread.delimiter_must_comma_semicolon_tab": (
        "The delimiter must be a comma, a semicolon or a tab."
    ),
    "csvread.empty_has_no_header_line": "{name} is empty: it has no header line.",
    "csvread.folder_not_csv_file": "{path} is a folder, not a CSV file.",
    "csvread.not_after_line_choose_encoding": (
        "{name} is not {upper} after line {row_end}; choose its encoding by hand."
    ),
    "csvread.not_choose_encoding_by_hand": ("{name} is not {upper}; choose its encoding by hand."),
    "csvread.not_csv_file": "{name} is not a CSV file ({exc}).",
    "csvread.not_encoding_app_knows": "'{encoding}' is not an encoding this app knows.",
    "csvread.not_text_file_save_list": (
        "{source} is not a text file; save the list as CSV (comma or semicolon separated)."
    ),
    "csvread.says_but_not": "{source} says it is {upper} but is not.",
    "db.cannot_opened_as_call_center": (
        "{path} cannot be opened as a call-center database ({reason}). Nothing was changed."
    ),
    "db.folder_not_database_file": "{path} is a folder, not a database file.",
    "db.locked": (
        "{path} is locked by another program or app instance that is writing to "
        "it. Close the other instance or wait a moment, then try again."
    ),
    "db.not_call_center_database_not": (
        "{path} is not a call-center database (it is not "
        "an SQLite file). Nothing was changed; pass "
        "another file with --db."
    ),
    "entry_rules.not_active_cannot_make_calls": (
        "{name} is {status}, not active, and cannot make calls."
    ),
    "entry_rules.volunteer_does_not_exist": "Volunteer {volunteer_id} does not exist.",
    "migrate.was_written_by_newer_version": (
        "{path} was written by a newer version of "
        "this app (schema {current}). Install the "
        "newer version to open it; nothing was "
        "changed."
    ),
    "outbox.outbox_rows_are_not_waiting": "Outbox rows {items} are not waiting for review.",
    "outbox.unknown_review_filter": "'{status}' is not a review filter; use one of {items}.",
    "phones.phone_does_not_exist": "Phone {phone_id} does not exist.",
    "privacy.contact_was_erased_already": "Contact {contact_id} was erased already.",
    "privacy.not_request_use_erase_opt": "'{request}' is not a request; use erase or opt_out.",
    "privacy.only_admin_can_erase_person": (
        "Only an admin can erase a person or export their data."
    ),
    "recording.answer_does_not_belong_question": (
        "Answer {answer_id} does not belong to question '{key}'."
    ),
    "recording.call_ends_before_starts_check": (
        "The call ends before it starts; check the call timer."
    ),
    "recording.callback_time_needs_time_zone": "The callback time needs a time zone.",
    "recording.callback_time_past_choose_later": (
        "The callback time is in the past; choose a later time."
    ),
    "recording.campaign_has_no_script_answer": (
        "The campaign '{campaign_name}' has no script to answer."
    ),
    "recording.choose_date_time_callback": "Choose a date and time for the callback.",
    "recording.list_entry_does_not_exist": (
        "List entry {entry_id} does not exist or its campaign has no callback result."
    ),
    "recording.phone_not_one_contact_s": ("Phone {phone_id} is not one of this contact's numbers."),
    "recording.question_answered_twice": "Question '{key}' is answered twice.",
    "recording.question_needs_one_answers": "Question '{key}' needs one of its answers.",
    "recording.question_not_campaign_s_script": (
        "Question {question_id} is not in this campaign's script."
    ),
    "recording.result_code_not_one_campaign": (
        "Result code {result_code_id} is not one of the campaign '{campaign_name}'."
    ),
    "retention.keep_personal_data_at_least": "Keep personal data for at least one day.",
    "room.contact_rate": "{rate}% contacts on {calls} calls (room: {room}%)",
    "room.same_result": "all {calls} calls recorded as {code}",
    "room.short_calls": "{short} of {calls} calls under {seconds} s",
    "salesforce_auth.device_sign_failed_try_again": (
        "The device sign-in failed ({exc}); try again."
    ),
    "salesforce_auth.keyring_backend_keeps_secrets_plain": (
        "The keyring backend {name} "
        "keeps secrets in a plain "
        "file; the Salesforce sign-in "
        "needs the OS keyring. Choose "
        "another backend (see 'keyring"
        " --list')."
    ),
    "salesforce_auth.no_answer_came_back_from": (
        "No answer came back from the browser in time; run 'callcenter crm connect' again."
    ),
    "salesforce_auth.no_os_keyring_available_keep": (
        "No OS keyring is available to keep "
        "the Salesforce sign-in safely, and "
        "this app never stores it in a file. "
        "Install and unlock one (GNOME "
        "Keyring or KWallet on Linux; macOS "
        "and Windows have one built in), then"
        " run 'callcenter crm connect'."
    ),
    "salesforce_auth.nobody_approved_code_time_run": (
        "Nobody approved the code in time; run the command again."
    ),
    "salesforce_auth.os_keyring_could_not_changed": (
        "The OS keyring could not be changed ({exc})."
    ),
    "salesforce_auth.os_keyring_could_not_read": "The OS keyring could not be read ({exc}).",
    "salesforce_auth.os_keyring_refused_store_salesforce": (
        "The OS keyring refused to store the Salesforce sign-in ({exc})."
    ),
    "salesforce_auth.port_computer_busy_so_browser": (
        "Port {port} on this computer is "
        "busy, so the browser cannot hand "
        "the sign-in back. Close the program"
        " using it or pass another "
        "--redirect-port."
    ),
    "salesforce_auth.salesforce_did_not_grant_access": (
        "Salesforce did not grant access ({reason})."
    ),
    "salesforce_auth.salesforce_no_longer_accepts_workstation": (
        "Salesforce no longer "
        "accepts this "
        "workstation's sign-in "
        "(it was revoked or has "
        "expired). Run "
        "'callcenter crm connect'"
        " again."
    ),
    "salesforce_auth.salesforce_refused_sign": "Salesforce refused the sign-in ({exc}).",
    "salesforce_auth.salesforce_s_sign_service_at": (
        "Salesforce's sign-in service at "
        "{login_url} cannot be reached "
        "({name}). Check the network and try "
        "again."
    ),
    "salesforce_auth.salesforce_s_sign_service_gave": (
        "Salesforce's sign-in service gave an unexpected answer."
    ),
    "salesforce_auth.salesforce_session_expired_run_callcenter": (
        "The Salesforce session expired; run 'callcenter crm connect'."
    ),
    "salesforce_auth.sign_answer_did_not_match": (
        "The sign-in answer did not match this request; try again."
    ),
    "salesforce_auth.sign_page_returned_no_authorization": (
        "The sign-in page returned no authorization code; try again."
    ),
    "salesforce_auth.sign_was_refused_browser": "The sign-in was refused in the browser.",
    "salesforce_auth.signing_failed_try_again": "Signing in failed: {exc}. Try again.",
    "salesforce_auth.workstation_not_connected_salesforce_at": (
        "This workstation is not "
        "connected to Salesforce "
        "at {instance_url}. Run "
        "'callcenter crm connect' "
        "first."
    ),
    "salesforce_http.answer_incomplete": "Salesforce's answer arrived incomplete",
    "salesforce_http.connection_failed": "the connection failed or was cut",
    "salesforce_http.network_timed_out": "the network timed out",
    "salesforce_http.no_answer": "no answer",
    "salesforce_http.not_web_address_should_start": (
        "'{url}' is not a web address (it should start with https://)."
    ),
    "salesforce_http.org_has_used_daily_api": (
        "This org has used {used} of its {limit} "
        "daily API requests; the sync stopped early"
        " to leave the rest for the org's other "
        "tools. Nothing was lost."
    ),
    "salesforce_http.salesforce_busy": "Salesforce was busy ({code})",
    "salesforce_http.salesforce_could_not_reached_properly": (
        "Salesforce could not be "
        "reached properly "
        "({problem}). Nothing was "
        "lost; the sync will pick up"
        " where it stopped. Check "
        "the network and try again."
    ),
    "salesforce_http.salesforce_refused_workstation_s_session": (
        "Salesforce refused this "
        "workstation's session "
        "even after renewing it. "
        "Run 'callcenter crm "
        "connect' again."
    ),
    "salesforce_http.salesforce_s_daily_api_limit": (
        "Salesforce's daily API limit for "
        "this org is used up; the sync "
        "stopped and nothing was lost. It "
        "will work again when the limit "
        "resets (within 24 hours), or ask the"
        " CRM admin to raise it."
    ),
    "salesforce_http.uses_plain_http_salesforce_needs": (
        "'{url}' uses plain http; "
        "Salesforce needs https:// (plain"
        " http is only allowed for a test"
        " server on this computer)."
    ),
    "salesforce_http.web_page_not_salesforce": (
        "the network answered with a web page "
        "instead of Salesforce (a Wi-Fi sign-in "
        "page or a proxy?)"
    ),
    "salesforce_mapping.contact_not_in_salesforce": (
        "The contact is not in Salesforce (it"
        " has no Salesforce id here), so this"
        " cannot be sent. Sync again after "
        "the contact exists in Salesforce, "
        "then retry."
    ),
    "salesforce_mapping.unknown_kind": (
        "This app does not know how to send '{kind}' rows to Salesforce."
    ),
    "settings.app_speaks_not": "The app speaks {items}, not '{language}'.",
    "settings.dialing_works_tel_sip_not": "Dialing works with tel or sip, not '{scheme}'.",
    "settings.there_no_theme_try": "There is no '{theme}' theme; try {items}.",
    "status.active": "active",
    "status.deactivated": "deactivated",
    "status.pending": "pending",
    "status.suspended": "suspended",
    "sync_review.only_lead_decides": (
        "Only an active shift lead or admin can decide what is sent to the CRM."
    ),
    "sync.crm_refused_read": (
        "The CRM refused a read the sync needs ({code}: {message}). Nothing was lost; "
        "ask your CRM admin to look at it."
    ),
    "sync.stopped_on_request": (
        "The sync stopped because the app was closing; it goes on from there next time."
    ),
    "sync.not_connected_run_connect": (
        "This workstation is not connected to a CRM. Run "
        "'callcenter crm connect --instance https://YOUR-"
        "ORG.my.salesforce.com' first."
    ),
    "volunteer_directory.no_volunteer_has_code_id": "No volunteer has the code or id '{ref}'.",
    "volunteer_directory.unknown_role_use_one": "Unknown role '{role}'; use one of: {items}.",
    "volunteer_directory.unknown_status_use_one": (
        "Unknown status '{status}'; use one of: {items}."
    ),
    "volunteer_import.cannot_read_after_line": (
        "{source} cannot be read after line {line_num}: {exc}."
    ),
    "volunteer_import.email_registered": (
        "a volunteer with the email {email} is already registered"
    ),
    "volunteer_import.empty": "{source} is empty.",
    "volunteer_import.has_no_first_last_name": (
        "{source} has no first and last name "
        "columns (columns found: {shown}). Name "
        "them e.g. 'First name' and 'Last name'."
    ),
    "volunteer_import.mb_too_big_volunteer_list": (
        "{name} is {number} MB: too big for a volunteer list."
    ),
    "volunteer_import.name_too_long": "a name is longer than {limit} characters",
    "volunteer_import.names_needed": "a first and a last name are needed",
    "volunteer_import.not_a_language": "'{word}' is not a language code like en, de or fr",
    "volunteer_import.not_a_phone": "'{phone}' is not a phone number",
    "volunteer_import.not_an_email": "'{email}' is not an email address",
    "volunteer_import.not_csv_file": "{source} is not a CSV file ({exc}).",
    "volunteer_import.person_registered": ("{name} with this phone number is already registered"),
    "volunteer_import.phone_too_long": "the phone number is longer than {limit} characters",
    "volunteer_import.same_as_line": "same volunteer as line {line}",
    "volunteers.activate_them_issue_pin": "{name} is {status}: activate them to issue a PIN.",
    "volunteers.cannot_activate": "Cannot activate {name}{more}: the account is {status}.",
    "volunteers.cannot_deactivate": "Cannot deactivate {name}{more}: the account is {status}.",
    "volunteers.cannot_reactivate": "Cannot reactivate {name}{more}: the account is {status}.",
    "volunteers.cannot_suspend": "Cannot suspend {name}{more}: the account is {status}.",
    "volunteers.is_admin_only_admin": (
        "{name} is an admin; only an admin can change their account."
    ),
    "volunteers.is_shift_lead_only_admin": (
        "{name} is a shift lead; only an admin can change their account."
    ),
    "volunteers.no_campaign_id": "No campaign with id {value}.",
    "volunteers.no_volunteer_id": "No volunteer with id {missing}.",
    "volunteers.not_email_address": "'{email}' is not an email address.",
    "volunteers.only_active_shift_lead_admin": (
        "Only an active shift lead or admin can manage volunteers."
    ),
    "volunteers.only_admin_can_change_roles": "Only an admin can change roles.",
    "volunteers.select_at_least_one_volunteer": "Select at least one volunteer.",
    "volunteers.unknown_action": "Unknown action '{action}'.",
    "volunteers.volunteer_needs_first_last_name": "A volunteer needs a first and a last name.",
    "volunteers.would_leave_no_active_admin": (
        "This would leave no active admin; make someone else admin first."
    ),
}
