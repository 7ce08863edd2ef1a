"""The direction classifier in the app: which model is in force, classifying firms, staff
corrections and retraining.

Models
------
- The *built-in* model is trained from the catalog in force (the shipped file plus staff
  edits) with seed 0 — deterministic, about 10 s — on first use, and cached in
  ``paths.models_dir()/builtin-<key>``, where the key hashes everything the training reads
  (catalog content, training vocabularies, model format). A catalog edit therefore gives a
  new built-in model; nothing is shipped prebuilt, so the install stays small and the model
  always matches the catalog.
- A *retrained* model (``retrain``) adds the staff corrections of one database. It is saved in
  ``models_dir()/retrained-<id>`` and the database's setting ``classifier.model`` names it, so
  two databases (the demo and the real one) never share corrections.
- A retrained model that is missing, corrupted, from another format version or trained on a
  different catalog is not used: :func:`load_model` falls back to the built-in model and
  returns a Chinese warning the caller can show.

Each firm is classified once, when it arrives or its text changes (the importer then clears
``classified_at``); results are kept in the ``firms`` row. A direction a person confirmed
(``direction_confirmed = 1``) is never overwritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import catalog as catalog_pkg
from app import catalog_store, paths
from app.catalog_store import mark_unconfirmed_pending
from app.errors import UserError
from app.jobs import CancelToken, Job, Progress
from catalog.model import Catalog
from resources.i18n import _
from scoring.classifier import MODEL_VERSION, DirectionClassifier, ModelError
from scoring.text import firm_text

if TYPE_CHECKING:
    from app.db import Database

__all__ = [
    "LoadedModel",
    "builtin_model",
    "classify_pending",
    "firm_text",
    "load_model",
    "mark_unconfirmed_pending",
    "reclassify_all",
    "record_correction",
    "retrain",
]

SETTING = "classifier.model"
BUILTIN_SEED = 0
KEEP_BUILTIN = 3  # cached built-in models kept on disk (one per recent catalog version)
TEXT_COLUMNS = ("name", "short_name", "industry", "main_business", "business_scope", "introduction")
# None: scoring.training's defaults. Tests set a smaller configuration to train faster.
TRAINING_CONFIG: Any = None
_lock = threading.Lock()
_memory: dict[str, DirectionClassifier] = {}


class LoadedModel(NamedTuple):
    """``(model, warning)`` from :func:`load_model`.

    Unpacks as a pair; attribute access falls through to the model, so code that treats the
    result as the model itself (``load_model(db).explain(...)``) works too.
    """

    model: DirectionClassifier
    warning: str | None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)


# -- which model ---------------------------------------------------------------------------------
def _catalog(db: Database | None) -> Catalog:
    if db is None:
        return catalog_pkg.load_default()
    return catalog_store.current(db)


def catalog_fingerprint(cat: Catalog) -> str:
    """A hash of everything in the catalog that training reads."""
    doc = [
        [
            d.code,
            d.name,
            d.description,
            list(d.keywords),
            [
                [s.code, s.name, s.description, list(s.keywords), list(s.products)]
                for s in d.segments
            ],
        ]
        for d in cat.directions
    ]
    raw = json.dumps([cat.version, doc], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _builtin_key(cat: Catalog, seed: int) -> str:
    import resources

    h = hashlib.sha256()
    h.update(f"model{MODEL_VERSION}:seed{seed}:".encode())
    h.update(catalog_fingerprint(cat).encode())
    folder = resources.path("training")
    for f in sorted(folder.glob("*.toml")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    from scoring.training import TrainingConfig

    h.update(repr(TRAINING_CONFIG or TrainingConfig()).encode())
    h.update(_code_fingerprint().encode())
    return h.hexdigest()[:16]


def _code_fingerprint() -> str:
    """The scoring code itself, so a changed algorithm never reuses a cached model."""
    import scoring.classifier
    import scoring.features
    import scoring.text
    import scoring.training

    h = hashlib.sha256()
    for mod in (scoring.features, scoring.text, scoring.training, scoring.classifier):
        try:
            h.update(Path(mod.__file__ or "").read_bytes())
        except OSError:  # a frozen build without sources: the versions must do
            h.update(f"{mod.__name__}:{MODEL_VERSION}".encode())
    return h.hexdigest()


def _with_real_layer(model: DirectionClassifier) -> DirectionClassifier:
    """Attach the shipped real-firm layer (scoring.calibration) and the industry-label
    concordance: every model, built-in or retrained, decides through them."""
    from scoring import concordance
    from scoring.calibration import load_shipped

    return model.with_real_layer(load_shipped(), concordance.expected_directions)


def builtin_model(cat: Catalog | None = None, seed: int = BUILTIN_SEED) -> DirectionClassifier:
    """The model trained from the catalog alone (with the real-firm layer): cached in memory
    and in models_dir."""
    from scoring.training import train

    cat = cat or catalog_pkg.load_default()
    key = _builtin_key(cat, seed)
    with _lock:
        if key in _memory:
            return _memory[key]
        try:
            folder: Path | None = paths.models_dir() / f"builtin-{key}"
        except OSError:  # the data folder cannot be created: train, keep in memory only
            folder = None
        try:
            if folder is None:
                raise ModelError("no folder")
            model = DirectionClassifier.load(folder)
        except ModelError:
            model = train(cat, seed=seed, config=TRAINING_CONFIG)
            model.meta["catalog_fingerprint"] = catalog_fingerprint(cat)
            model.meta["kind"] = "builtin"
            if folder is not None:
                with contextlib.suppress(OSError):  # a read-only data folder: keep it in memory
                    model.save(folder)
                    _prune(folder.parent, "builtin-", keep=KEEP_BUILTIN)
        _memory[key] = _with_real_layer(model)
        return model


RETRAINED_KEEP = 5


def _prune(folder: Path, prefix: str, keep: int) -> None:
    """Delete all but the ``keep`` newest model folders named ``prefix…`` (each catalog edit
    makes a new built-in model; the old ones are only a cache)."""
    import shutil

    found = sorted(
        (p for p in folder.glob(f"{prefix}*") if p.is_dir()),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in found[keep:]:
        shutil.rmtree(old, ignore_errors=True)


def load_model(db: Database | None = None) -> LoadedModel:
    """The model in force for ``db`` and a warning (Chinese) when it had to fall back."""
    cat = _catalog(db)
    ref = db.get_setting(SETTING) if db is not None else None
    if not ref:
        return LoadedModel(builtin_model(cat), None)
    folder = paths.models_dir() / str(ref.get("folder", ""))
    try:
        model = _load_cached(folder)
    except ModelError as exc:
        return LoadedModel(
            builtin_model(cat),
            _("重新训练的模型无法使用（{message}），已改用内置模型。请重新训练分类模型。").format(
                message=exc.message
            ),
        )
    if model.meta.get("catalog_fingerprint") != catalog_fingerprint(cat):
        return LoadedModel(
            builtin_model(cat),
            _(
                "产业目录在重新训练之后有过修改，已改用按当前目录训练的内置模型；请重新训练以纳入人工修正。"
            ),
        )
    return LoadedModel(model, None)


def _load_cached(folder: Path) -> DirectionClassifier:
    json_file = folder / "model.json"
    try:
        stamp = f"{folder}:{json_file.stat().st_mtime_ns}"
    except OSError:
        stamp = ""
    with _lock:
        if stamp and stamp in _memory:
            return _memory[stamp]
    model = _with_real_layer(DirectionClassifier.load(folder))
    with _lock:
        if stamp:
            _memory[stamp] = model
    return model


# -- classifying firms ---------------------------------------------------------------------------
def _row_text(row: Any) -> str:
    return firm_text({c: row[c] for c in TEXT_COLUMNS})


def classify_pending(
    db: Database,
    model: DirectionClassifier | None = None,
    cancel: CancelToken | None = None,
    batch: int = 20000,
) -> Job[int]:
    """Classify every firm with ``classified_at IS NULL`` (a job; returns how many).

    Each batch is one transaction, so a cancel or a crash leaves every firm either classified
    or still pending. A confirmed firm keeps its direction and segment; only its
    ``classified_at`` and ``model_version`` are set.

    A pipeline: this thread reads batches and writes results (sqlite3 releases the GIL while
    it works), two worker threads build the texts and classify earlier batches (numpy
    releases the GIL in the heavy parts), so both cores stay busy.
    """
    cancel = cancel or CancelToken()
    if model is None:
        model, warning = load_model(db)
        if warning:
            yield Progress(0, None, warning)
    version = model.version_id
    total = db.scalar("SELECT COUNT(*) FROM firms WHERE classified_at IS NULL") or 0
    if total:
        yield Progress(0, total, _("正在分类 {total} 家企业").format(total=total))
    cols = ", ".join(TEXT_COLUMNS)
    workers = min(2, os.cpu_count() or 1)
    pool = ThreadPoolExecutor(max_workers=workers)
    in_flight: deque[tuple[list[Any], Future[Any]]] = deque()
    done = 0
    last_read = 0
    exhausted = False
    try:
        while True:
            cancel.check()
            while not exhausted and len(in_flight) <= workers:
                rows = db.query(
                    f"SELECT id, {cols}, text_hash, direction_confirmed FROM firms "
                    "WHERE classified_at IS NULL AND id > ? ORDER BY id LIMIT ?",
                    (last_read, batch),
                )
                if not rows:
                    exhausted = True
                    break
                last_read = rows[-1]["id"]
                in_flight.append((rows, pool.submit(_classify_rows, model, rows)))
            if not in_flight:
                break
            rows, future = in_flight.popleft()
            pred = future.result()
            cancel.check()
            _write_batch(db, rows, pred, version)
            done += len(rows)
            yield Progress(
                done, total, _("已分类 {done}/{total} 家企业").format(done=done, total=total)
            )
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return done


def _classify_rows(model: DirectionClassifier, rows: list[Any]) -> Any:
    """Texts and predictions for one batch (runs on a worker thread)."""
    return model.predict([_row_text(r) for r in rows], 1, [r["industry"] for r in rows])


def _write_batch(db: Database, rows: list[Any], pred: Any, version: str) -> None:
    """One transaction: the results of one batch."""
    from app.db import now

    stamp = now()
    free, confirmed = [], []
    for i, r in enumerate(rows):
        if r["direction_confirmed"]:
            confirmed.append((stamp, version, r["id"], r["text_hash"]))
            continue
        seg = pred.segments[i] or None
        free.append(
            (
                pred.directions[i],
                seg,
                round(float(pred.direction_prob[i]), 4),
                round(float(pred.segment_prob[i]), 4) if seg else None,
                stamp,
                version,
                r["id"],
                r["text_hash"],
            )
        )
    with db.write():
        # the text_hash guard skips a firm whose text changed since it was read
        db.conn.executemany(
            "UPDATE firms SET direction = ?, segment = ?, confidence = ?, "
            "segment_confidence = ?, classified_at = ?, model_version = ? "
            "WHERE id = ? AND classified_at IS NULL AND direction_confirmed = 0 "
            "AND text_hash IS ?",
            free,
        )
        db.conn.executemany(
            "UPDATE firms SET classified_at = ?, model_version = ? "
            "WHERE id = ? AND classified_at IS NULL AND text_hash IS ?",
            confirmed,
        )


def reclassify_all(
    db: Database,
    model: DirectionClassifier | None = None,
    cancel: CancelToken | None = None,
    batch: int = 20000,
) -> Job[int]:
    """Mark every firm pending and classify them all again (a job; returns how many)."""
    with db.write():
        db.execute("UPDATE firms SET classified_at = NULL")
        db.audit("reclassify_all", "classifier", None, None)
    return (yield from classify_pending(db, model=model, cancel=cancel, batch=batch))


# -- staff corrections ---------------------------------------------------------------------------
def record_correction(
    db: Database, firm_id: int, direction: str | None, segment: str | None = None
) -> dict[str, Any]:
    """Staff confirm or correct a firm's direction (and segment); stored and audited.

    ``direction`` '' or None means the firm is outside the catalog. Confirming is giving the
    direction the firm already has; anything else is a correction. Both are training data.
    """
    from app.db import now, os_user

    direction = (direction or "").strip()
    segment = (segment or "").strip() or None
    cat = _catalog(db)
    if direction and cat.direction(direction) is None:
        raise UserError(_("方向代码“{direction}”不在产业目录中").format(direction=direction))
    if segment is not None:
        if not direction:
            raise UserError(_("企业不属于任何方向时不能指定产业链环节"))
        seg = cat.segment(segment)
        if seg is None:
            raise UserError(_("产业链环节“{segment}”不在产业目录中").format(segment=segment))
        if seg.direction != direction:
            d = cat.direction(direction)
            raise UserError(
                _("产业链环节“{seg_name}”不属于方向“{direction}”").format(
                    seg_name=seg.name, direction=d.name if d else direction
                )
            )
    row = db.execute(
        "SELECT id, name, direction, segment, direction_confirmed FROM firms WHERE id = ?",
        (firm_id,),
    ).fetchone()
    if row is None:
        raise UserError(_("找不到编号为 {firm_id} 的企业").format(firm_id=firm_id))
    before_dir = row["direction"] or ""
    kind = "confirm" if before_dir == direction else "correct"
    at = now()
    with db.write():
        db.execute(
            "INSERT INTO corrections (firm_id, direction, segment, previous_direction, "
            "previous_segment, user, at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(firm_id) DO UPDATE SET direction = excluded.direction, "
            "segment = excluded.segment, previous_direction = excluded.previous_direction, "
            "previous_segment = excluded.previous_segment, user = excluded.user, at = excluded.at",
            (firm_id, direction, segment, before_dir, row["segment"], os_user(), at),
        )
        db.execute(
            "UPDATE firms SET direction = ?, segment = ?, direction_confirmed = 1, "
            "confidence = 1.0, segment_confidence = ? WHERE id = ?",
            (direction, segment, 1.0 if segment else None, firm_id),
        )
        # a person has decided: the firm no longer needs review for a retired direction
        db.execute("DELETE FROM review_flags WHERE firm_id = ?", (firm_id,))
        db.audit(
            kind,
            "firm",
            firm_id,
            {
                "direction": {"old": before_dir, "new": direction},
                "segment": {"old": row["segment"], "new": segment},
            },
        )
    return {"firm_id": firm_id, "kind": kind, "direction": direction, "segment": segment or ""}


def corrections(db: Database) -> list[tuple[str, str, str]]:
    """Staff corrections joined to the firms' current text: (text, direction, segment)."""
    cols = ", ".join(f"f.{c}" for c in TEXT_COLUMNS)
    rows = db.query(
        f"SELECT c.direction AS c_direction, c.segment AS c_segment, {cols} "
        "FROM corrections c JOIN firms f ON f.id = c.firm_id ORDER BY c.firm_id"
    )
    return [(_row_text(r), r["c_direction"] or "", r["c_segment"] or "") for r in rows]


def retrain(db: Database, seed: int = 0) -> DirectionClassifier:
    """Train on the catalog plus this database's corrections, save, and make it current.

    Every firm not confirmed by staff is marked for reclassification (run
    :func:`classify_pending` or ``app.pipeline.refresh`` next). Corrections whose segment the
    catalog no longer has teach their direction only; the count is in the training summary.
    """
    from scoring.training import train

    cat = _catalog(db)
    data = corrections(db)
    previous, _built_in = load_model(db)
    model = _with_real_layer(train(cat, data, seed=seed, config=TRAINING_CONFIG))
    model.meta["catalog_fingerprint"] = catalog_fingerprint(cat)
    model.meta["kind"] = "retrained"
    if data:
        model.meta["metrics"]["corrections"] = _agreement(previous, model, data)
    folder_name = f"retrained-{model.meta.get('id') or model.version_id.split(':')[-1]}"
    try:
        model.save(paths.models_dir() / folder_name)
    except OSError as exc:
        raise UserError(
            _("无法保存模型到 {models_dir}：{strerror}").format(
                models_dir=paths.models_dir(), strerror=exc.strerror or exc
            )
        ) from exc
    # ≈ 7 MB each: keep the newest few (the new one included), not every retraining ever
    _prune(paths.models_dir(), "retrained-", keep=RETRAINED_KEEP)
    with db.write():
        db.set_setting(
            SETTING,
            {
                "folder": folder_name,
                "version": model.version_id,
                "trained_at": model.meta["trained_at"],
            },
        )
        mark_unconfirmed_pending(db)
        db.audit(
            "retrain",
            "classifier",
            model.version_id,
            {"training": model.meta["training"], "metrics": model.meta["metrics"]},
        )
    return model


def _agreement(
    before: DirectionClassifier, after: DirectionClassifier, data: Sequence[tuple[str, str, str]]
) -> dict[str, Any]:
    """How often the old and the new model give the staff's direction (the new one has seen
    these firms, so its figure is an upper bound)."""
    texts = [t for t, _, _ in data]
    truth = [d for _, d, _ in data]
    old = before.predict(texts).directions
    new = after.predict(texts).directions
    n = len(truth)
    return {
        "count": n,
        "before": round(sum(a == b for a, b in zip(old, truth, strict=True)) / n, 4),
        "after": round(sum(a == b for a, b in zip(new, truth, strict=True)) / n, 4),
    }
