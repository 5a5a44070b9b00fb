"""``python -m callcenter`` is the same as the ``callcenter`` command."""

import sys

from callcenter.cli import main

sys.exit(main())
