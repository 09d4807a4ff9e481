"""figurecheck: keep a hand-entered, source-cited dataset of figures honest."""

__version__ = "0.1.0"
