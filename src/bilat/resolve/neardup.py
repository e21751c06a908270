"""Near-duplicate reports across documents: MinHash over word shingles, LSH bands in the store.

The bands are stored beside each document, so finding candidates for a new
document is an indexed lookup in any store, however many documents it holds.
"""
from __future__ import annotations

import hashlib
import re
import struct

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 16                      # 16 bands of 8 rows: candidates from about 0.7 Jaccard up
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.8                 # estimated Jaccard at or above which a report is a near-duplicate
SHINGLE = 5
WORD = re.compile(r"\w+")


def signature(text: str) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint64 values) of ``text``'s word 5-shingles."""
    words = WORD.findall(text.casefold())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash.hashvalues.astype(np.uint64)


def bands(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band number, signed 64-bit band hash) pairs for the LSH index."""
    out = []
    for band in range(BANDS):
        chunk = sig[band * ROWS:(band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        out.append((band, struct.unpack("<q", digest)[0]))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


def find_original(sig: np.ndarray, candidates: list[tuple[str, bytes, str | None]]) -> str | None:
    """Id of the earliest stored document this signature near-duplicates, or None.

    ``candidates`` are (id, signature bytes, duplicate_of) in the order they were stored.
    """
    for doc_id, stored, duplicate_of in candidates:
        if similarity(sig, from_bytes(stored)) >= THRESHOLD:
            return duplicate_of or doc_id
    return None
