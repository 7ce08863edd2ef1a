"""ChainFill application layer: storage, import, search, pipeline, projects, the CLI (no Qt)."""

__version__ = "0.1.0"
