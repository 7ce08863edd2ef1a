"""Sub-commands of the ``chainfill`` CLI; each module has ``register(subparsers)``."""
