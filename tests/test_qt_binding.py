"""The Qt binding in use must not leak references to None (PySide6 6.12.0 on Python 3.11 did)."""

import sys

import pytest


@pytest.mark.gui
def test_void_qt_calls_keep_none_refcount(qapp):
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("probe")
    # Other threads may move the count a little; a leak would be about -2000.
    assert sys.getrefcount(None) - before > -100
