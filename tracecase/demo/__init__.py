"""``tracecase demo``: the main job on embedded defaults (see ``tracecase.demo.command``)."""

from tracecase.demo.command import demo

__all__ = ["demo"]
