"""Offline canvassing: check a turf out to this laptop, work it, check it back in.

- ``addresses``: house numbers and street names out of free-text street lines; walk order.
- ``turf``: cutting a turf from a list (ZIP, street, first N households).
- ``checkout``: check out (local leases), extend, hand back, finish the check-in.
- ``results``: recording results inside a checkout; ``door_codes`` the door results.
- ``walk_list``: the turf in walk order; ``phone_mode`` the next person to phone.
- ``paper``: keying in returned walk sheets, all or nothing, errors per row and column.
- ``summary``: a session in numbers with the quality flags; ``status`` for the status bar.

The CRM side (leases on the CRM's members, pushing results, pulling changes) is
run around these by ``sync.canvass``; nothing here talks to the network.
"""
