"""Volunteer call-center client: the domain core (no Qt, no HTTP)."""

__version__ = "0.1.0"
