"""``python -m acupress_gui``."""

import sys

from acupress_gui.app import main

if __name__ == "__main__":
    sys.exit(main())
