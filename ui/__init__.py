"""PySide6 widgets for the call-center desktop client.

Nothing here is imported by the core; importing this package does not import Qt,
so the command line can decide lazily whether it needs the GUI.
"""
