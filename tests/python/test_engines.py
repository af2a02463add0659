"""naskh inside the engines corpus builders use: Dask (always) and PySpark (local[2]).

Each test checks that the distributed result equals the single-process result on ≥ 10,000
documents. Workers get NASKH_NUM_THREADS=1 (one naskh thread per engine worker), as the README
recommends.
"""

from __future__ import annotations

import os
import pickle
import random
import shutil
import sys
from pathlib import Path

import pandas as pd

import naskh

ROOT = Path(__file__).resolve().parents[2]
N_DOCS = 10_000


def make_docs(n: int = N_DOCS) -> list[str | None]:
    """Realistic mixed lines: Persian footers with dates, Arabic quotes, English, and gaps."""
    rng = random.Random(42)
    pieces = [
        "کد خبر: ۷۲۶۸۱۵ | ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵",
        "Talks resume in Astana on Monday.",
        "قال المتحدث إن المحادثات ستستمر يومين.",
        "سخنگوی وزارت خارجه گفت: «این نشست فرصتی است» و افزود كه هيئت ايراني وارد شد.",
        "تاریخ انتشار: شنبه ۱ مهر ۱۴۰۲ - ۱۲:۳۰",
        "کابل – نشست بعدی در ۱۵ حمل ۱۴۰۰ برگزار می شود.",
        "Price: ۲۵٬۰۰۰ تومان | تلفن: ۰۲۱-۸۸۷۷۶۶۵۵",
    ]
    docs: list[str | None] = []
    for i in range(n):
        if i % 997 == 0:
            docs.append(None)
        else:
            docs.append("\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) + f" #{i}")
    return docs


def clean_partition(frame: pd.DataFrame) -> pd.DataFrame:
    """What a user maps over partitions: one batch call per partition."""
    docs = naskh.clean_batch(frame["text"])
    return pd.DataFrame(
        {
            "id": frame["id"].to_numpy(),
            "clean": [d.text if d is not None else None for d in docs],
            "dates": [",".join(m.isoformat() for m in d.dates) if d is not None else None for d in docs],
            "fa": [d.languages.get("fa", "") if d is not None else None for d in docs],
        }
    )


def expected_frame(docs: list[str | None]) -> pd.DataFrame:
    frame = pd.DataFrame({"id": range(len(docs)), "text": docs})
    return clean_partition(frame)


def test_documents_and_options_pickle() -> None:
    doc = naskh.clean("کد خبر: ۱۱ شهريور ۱۳۹۶ - ۲۱:۵۵ | قال المتحدث")
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc
    assert again.to_dict() == doc.to_dict()
    normalizer = naskh.Normalizer(preset="search")
    assert pickle.loads(pickle.dumps(normalizer)).normalize("الصلاةُ") == normalizer.normalize("الصلاةُ")
    err = naskh.InvalidDateError("day 31 is out of range for Mehr 1400 (1..=30)")
    assert str(pickle.loads(pickle.dumps(err))) == str(err)


def test_dask_local_cluster_matches_single_process() -> None:
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    docs = make_docs()
    expected = expected_frame(docs)
    os.environ["NASKH_NUM_THREADS"] = "1"  # inherited by the worker processes
    try:
        with LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
        ) as cluster, Client(cluster) as client:
            frame = dd.from_pandas(pd.DataFrame({"id": range(len(docs)), "text": docs}), npartitions=8)
            meta = expected.iloc[:0]
            result = frame.map_partitions(clean_partition, meta=meta).compute()
            workers = client.run(lambda: os.environ.get("NASKH_NUM_THREADS"))
    finally:
        del os.environ["NASKH_NUM_THREADS"]
    assert set(workers.values()) == {"1"}
    result = result.sort_values("id").reset_index(drop=True)
    assert len(result) == N_DOCS
    pd.testing.assert_frame_equal(result, expected)


def test_pyspark_local_matches_single_process(tmp_path: Path) -> None:
    assert shutil.which("java"), "PySpark needs Java: scripts/test.sh installs a JRE when it is missing"
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    from pyspark.sql import SparkSession

    docs = make_docs()
    expected = expected_frame(docs)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("naskh-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.executorEnv.NASKH_NUM_THREADS", "1")
        .config("spark.local.dir", str(tmp_path))
        .getOrCreate()
    )
    try:
        frame = spark.createDataFrame(pd.DataFrame({"id": range(len(docs)), "text": docs}), "id long, text string")

        def clean_batches(batches):  # type: ignore[no-untyped-def]
            for batch in batches:
                yield clean_partition(batch)

        result = (
            frame.repartition(4)
            .mapInPandas(clean_batches, schema="id long, clean string, dates string, fa string")
            .toPandas()
        )
    finally:
        spark.stop()
    result = result.sort_values("id").reset_index(drop=True)
    assert len(result) == N_DOCS
    pd.testing.assert_frame_equal(result, expected, check_dtype=False)
