"""``python -m cli``: the same as the ``chainfill`` command (and the frozen bundle's script)."""

import sys

from cli.main import main

sys.exit(main())
