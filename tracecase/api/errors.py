"""tracecase errors as HTTP answers: 404 not found, 409 conflict (with the current revision), 422 bad
input, 400 a refused review operation, 503 store down. Validation errors never echo the input (a
note or an expected output may quote a customer): only where and what."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from casegen.exceptions import CaseConflictError, CaseNotFoundError, InputError, ReviewError
from schemas.errors import TracecaseError
from store import StoreUnavailableError


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(CaseNotFoundError)
    async def _not_found(_: Request, exc: CaseNotFoundError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.exception_handler(CaseConflictError)
    async def _conflict(_: Request, exc: CaseConflictError) -> JSONResponse:
        body = {"detail": str(exc), "case_id": exc.case_id, "current_revision": exc.current}
        return JSONResponse(body, status_code=409)

    @app.exception_handler(InputError)
    async def _input(_: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(ReviewError)
    async def _review(_: Request, exc: ReviewError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StoreUnavailableError)
    async def _unavailable(_: Request, exc: StoreUnavailableError) -> JSONResponse:
        return JSONResponse({"detail": "the store is unavailable; retry later"}, status_code=503)

    @app.exception_handler(TracecaseError)
    async def _refused(_: Request, exc: TracecaseError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()
        ]
        return JSONResponse({"detail": errors}, status_code=422)
