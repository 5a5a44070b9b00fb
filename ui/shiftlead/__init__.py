"""The shift lead console: activation queue, volunteers, the live room, the audit log."""
