"""``python -m tracecase.scenarios.frameworks --instrumentation NAME --out DIR`` (see :mod:`.emit`)."""

import sys

from tracecase.scenarios.frameworks.emit import main

sys.exit(main())
