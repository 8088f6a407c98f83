"""``python -m tracecase_sampleapp.frameworks --instrumentation NAME --out DIR`` (see :mod:`.emit`)."""

import sys

from tracecase_sampleapp.frameworks.emit import main

sys.exit(main())
