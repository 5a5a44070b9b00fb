"""A small requests wrapper for emulator tests: bearer token, paths, and a timeout always."""

from __future__ import annotations

from typing import Any

import requests

from tests.sfemu import SalesforceEmulator

TIMEOUT = 10


class Api:
    """Plain-requests access to one emulator (what any client sees on the wire)."""

    def __init__(self, emu: SalesforceEmulator, token: str | None = None) -> None:
        self.emu = emu
        self.token = token or emu.create_access_token()
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.token}"

    def url(self, path: str) -> str:
        """Absolute URLs pass through; "/x" is on the instance; "x" is under the REST base."""
        if path.startswith("http"):
            return path
        if path.startswith("/"):
            return self.emu.base_url + path
        return f"{self.emu.data_url}/{path}"

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", TIMEOUT)
        return self.session.request(method, self.url(path), **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("DELETE", path, **kwargs)

    def query(self, soql: str, all_rows: bool = False) -> requests.Response:
        return self.get("queryAll" if all_rows else "query", params={"q": soql})

    def query_all_pages(self, soql: str, all_rows: bool = False) -> list[dict[str, Any]]:
        """Every batch's JSON, following nextRecordsUrl (bounded, so a bug cannot loop)."""
        pages = [self.query(soql, all_rows).json()]
        for _ in range(1000):
            if pages[-1]["done"]:
                return pages
            pages.append(self.get(pages[-1]["nextRecordsUrl"]).json())
        raise AssertionError("nextRecordsUrl never reached done")


def error_code(response: requests.Response) -> str:
    """The errorCode of a REST error body (a JSON array)."""
    body = response.json()
    assert isinstance(body, list), body
    assert set(body[0]) >= {"message", "errorCode"}, body
    return str(body[0]["errorCode"])
