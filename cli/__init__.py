"""The ``chainfill`` command line: the program's entry point and the top layer.

``cli.main`` parses the arguments before anything heavy is imported; each module in
``cli.commands`` registers its sub-commands and imports ``app`` (and, for ``gui`` and PDF
output only, ``ui``) inside the functions that run them, so headless commands never load Qt.
"""
