"""RawItem -> Document: decode, reduce HTML to text, keep what the container says."""
from __future__ import annotations

import hashlib
import logging

from bilat.decode import decode
from bilat.errors import InputError
from bilat.model import Document, SourceMeta
from bilat.sources import RawItem

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def document_id(data: bytes) -> str:
    """Stable id: the same input bytes give the same id on every run and machine."""
    return "doc-" + hashlib.sha256(data).hexdigest()[:16]


def read_item(item: RawItem) -> Document:
    """A fresh Document for ``item``; raises InputError when it holds no usable text."""
    if item.kind == "record":
        return _from_record(item)
    text, _encoding = decode(item.data, item.source)
    meta = SourceMeta()
    if item.kind == "html":
        text, meta = html_to_text(text, item.source)
    if not text.strip():
        raise InputError(item.source, "no text in input")
    return Document(id=document_id(item.data), source=item.source, raw=text, meta=meta)


def _from_record(item: RawItem) -> Document:
    record = item.record or {}
    meta = SourceMeta(url=_str(record.get("url")), title=_str(record.get("title")),
                      published=_str(record.get("published")), language=_str(record.get("language")))
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        text, html_meta = html_to_text(record.get("html") or "", item.source)
        meta = SourceMeta(url=meta.url, title=meta.title or html_meta.title,
                          published=meta.published or html_meta.published, language=meta.language)
    if not text.strip():
        raise InputError(item.source, "record has no text")
    return Document(id=document_id(item.data), source=item.source, raw=text, meta=meta)


def html_to_text(html: str, source: str) -> tuple[str, SourceMeta]:
    """Main text of an HTML page (via trafilatura) and its title and date."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True})
    body = (getattr(extracted, "text", None) or "") if extracted is not None else ""
    if not body.strip():
        raise InputError(source, "HTML page has no body text")
    meta = SourceMeta(url=_str(getattr(extracted, "url", None)), title=_str(getattr(extracted, "title", None)),
                      published=_str(getattr(extracted, "date", None)))
    return body, meta


def _str(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
