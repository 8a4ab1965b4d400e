"""A child process for the durability tests: saves one draft over and over.

Run as ``python saver.py STORE DRAFT_ID [START_AT [COUNT]]``. After each
committed save it prints "<revision> <counter>" and flushes, so the parent
knows the last revision that was surely on disk when it kills this process.
The body grows and shrinks so that saves span many database pages.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from osbpress.model import Release, Section
from osbpress.store import DraftStore, checkpoint

WORDS = [
    "bölge",
    "sanayi",
    "heyet",
    "ziyaret",
    "üretim",
    "ihracat",
    "enerji",
    "yatırım",
    "işbirliği",
    "fabrika",
]


def main() -> None:
    path, draft_id = Path(sys.argv[1]), sys.argv[2]
    start_at = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    count = int(sys.argv[4]) if len(sys.argv) > 4 else -1
    checkpoint.EVERY = 4  # checkpoint often, so kills also land in the middle of one
    store = DraftStore(path, auto_backup=False)
    base = store.get(draft_id).revision
    while time.time() < start_at:
        time.sleep(0.005)
    counter = 0
    print(f"{base} 0", flush=True)
    while counter != count:
        counter += 1
        body = " ".join(random.choices(WORDS, k=random.randint(10, 6000)))
        release = Release(headline=f"Kayıt {counter}", sections=[Section(body=body)])
        revision = store.save(draft_id, release)
        print(f"{revision} {counter}", flush=True)
    store.close()


if __name__ == "__main__":
    main()
