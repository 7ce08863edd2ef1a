"""The investment catalog of Dongguan's 2018–2025 emerging-industry plan, as data and rules.

Pure Python; imports nothing of ChainFill's except the resource locator.
"""

from catalog.loader import CatalogError, load, load_default
from catalog.model import (
    POSITIONS,
    STRENGTHS,
    Belt,
    Catalog,
    Department,
    Direction,
    Domain,
    Indicator,
    Rule,
    Segment,
    Target,
    Zone,
)

__all__ = [
    "POSITIONS",
    "STRENGTHS",
    "Belt",
    "Catalog",
    "CatalogError",
    "Department",
    "Direction",
    "Domain",
    "Indicator",
    "Rule",
    "Segment",
    "Target",
    "Zone",
    "load",
    "load_default",
]
