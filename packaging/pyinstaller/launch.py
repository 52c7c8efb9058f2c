"""Entry script of the frozen bundle: the same ``main`` as the ``intake-app`` console script."""

import sys

from intake_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
