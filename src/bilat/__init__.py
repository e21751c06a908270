"""bilat: sourced, comparable facts from news reports on bilateral relations."""

__version__ = "0.1.0"
