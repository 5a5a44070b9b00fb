"""The volunteer's calling flow: pick a campaign, one screen per contact, the call list.

Module map: ``calling_page`` (the coordinator: runs the core calls as ops),
``campaign_picker``, ``contact_screen`` (composed of ``contact_header``,
``phones_panel``, ``history_panel``, ``script_panel``/``question_page``,
``result_panel``/``callback_editor``, ``call_timer``), ``shift_numbers_bar``,
``list_view``/``list_model`` (the lazily fetched call list), ``session_steps``
(plain functions the ops run on the database thread) and ``labels``.
"""
