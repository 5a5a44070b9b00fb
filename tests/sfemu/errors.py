"""Salesforce's error shapes: a REST error body is a JSON array of {message, errorCode, fields}."""

from __future__ import annotations

from collections.abc import Sequence


class ApiError(Exception):
    """An error the API reports; per-record errors in collections use the same fields."""

    def __init__(
        self,
        status: int,
        error_code: str,
        message: str,
        fields: Sequence[str] = (),
    ) -> None:
        super().__init__(f"{error_code}: {message}")
        self.status = status
        self.error_code = error_code
        self.message = message
        self.fields = list(fields)

    def body(self) -> list[dict[str, object]]:
        """The response body of a failed single request."""
        return [{"message": self.message, "errorCode": self.error_code, "fields": self.fields}]

    def record_error(self) -> dict[str, object]:
        """One entry of a collections result's "errors" (statusCode, not errorCode)."""
        return {"statusCode": self.error_code, "message": self.message, "fields": self.fields}


def not_found() -> ApiError:
    return ApiError(404, "NOT_FOUND", "The requested resource does not exist")


def invalid_field(sobject: str, name: str) -> ApiError:
    return ApiError(400, "INVALID_FIELD", f"No such column '{name}' on sobject of type {sobject}")


def invalid_type(sobject: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", f"The requested resource does not exist: {sobject}")


def json_error(message: str) -> ApiError:
    return ApiError(400, "JSON_PARSER_ERROR", message)
