"""The review pages of ``tracecase serve`` (``/ui``): server-rendered HTML on the API's own app.

::

    app = create_app(settings, store)      # the API; create_app mounts the pages with mount_pages(app)

Sign in with an API token (``tracecase tokens create NAME --role ROLE``); the role decides what each page
shows and allows, with the API's rule (admin may do everything). Pages call the same ``casegen``
operations as the API, so every action is checked and audited the same way. Templates are autoescaped,
forms carry a CSRF token, and every page is served with a strict Content-Security-Policy; the little
JavaScript there is (``static/app.js``: keyboard shortcuts) ships in the package.
"""

from tracecase.web.app import mount_pages
from tracecase.web.sessions import Viewer

__all__ = ["Viewer", "mount_pages"]
