"""Errors that carry a message for the user (Chinese) rather than a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Bad input from the user: shown as a Chinese message; the CLI exits with code 2."""

    exit_code = 2

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Cancelled(Exception):
    """A long job was cancelled by the user; its transaction has been rolled back."""
