"""Services: every user action is one call here, running in one transaction."""
