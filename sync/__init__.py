"""CRM synchronisation (outbox push, delta pull, conflicts, leases).

Not built yet: the sync issue fills this package.  It imports the core
(``callcenter``) and never Qt or the UI.
"""
