"""The Salesforce connector: REST over ``http``, OAuth in ``auth``, fields in ``mapping``."""

from __future__ import annotations

from sync.salesforce.connector import SalesforceConnector

__all__ = ["SalesforceConnector"]
