"""`bilat brief A B`: one page on a pair of parties that an analyst can forward.

    from bilat.brief import build_brief, render_html, render_markdown
    brief = build_brief(store, "BY", "KZ")
    page = render_html(brief)          # one self-contained HTML file
    text = render_markdown(brief)      # the same content as Markdown
"""
from __future__ import annotations

from bilat.brief.data import Brief, build_brief
from bilat.brief.html import render_html
from bilat.brief.markdown import render_markdown

__all__ = ["Brief", "build_brief", "render_html", "render_markdown"]
