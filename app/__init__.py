"""ChainFill application layer: storage, import, search, pipeline, projects (no Qt, no CLI)."""

__version__ = "0.1.0"
