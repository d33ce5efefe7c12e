"""Files and the database. Never imports PySide6.

Storage logs a warning at every fault it recovers from; until the app configures logging,
those records go nowhere (a library does not print to stderr).
"""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
