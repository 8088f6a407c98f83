"""One module per ``tracecase`` sub-command; ``tracecase.cli`` registers them."""
