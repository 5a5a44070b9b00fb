"""Contacts in and results out: the import dialog and the data page of the console."""
