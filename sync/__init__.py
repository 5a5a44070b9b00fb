"""Reconciliation of the local store with a central CRM.

``engine`` pushes the outbox, pulls changes page by page, applies the conflict
rules and keeps lease blocks; it talks to a CRM only through the ``Connector``
protocol in ``connector``.  ``salesforce`` is the first connector.  Nothing here
imports Qt or the UI; the core (``callcenter``) never imports this package.
"""
