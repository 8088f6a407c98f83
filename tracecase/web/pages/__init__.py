"""One router per page (all under ``/ui``, none in the API's OpenAPI description)."""

from tracecase.web.pages import case, containment, coverage, datasets, flags, queue, review_sets, signin

ROUTERS = [m.router for m in (signin, queue, case, review_sets, datasets, flags, containment, coverage)]

__all__ = ["ROUTERS"]
