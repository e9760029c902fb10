"""newsmark on Apache Spark: the `newsmark` binary as an `RDD.pipe` stage.

    spark-submit scale/spark_pipe.py INPUT_JSONL OUTPUT_DIR [--binary PATH]

Each executor runs the binary on its partition: JSON Lines in (`{"id", "text"}`), one answer a
line out, ids copied through, so results can be joined back to the articles by id. Ship the
binary to the executors with `--files target/release/newsmark` (it then sits in the working
directory) or install it on every node. Nothing here is an engine of our own: Spark splits,
schedules and retries; the binary annotates.
"""
import argparse
import os

from pyspark.sql import SparkSession


def annotate(spark, input_path, binary, partitions=None):
    """An RDD of answer lines (JSON strings) for the JSON Lines at `input_path`."""
    lines = spark.sparkContext.textFile(input_path, minPartitions=partitions)
    return lines.pipe(binary, env={"LC_ALL": "C.UTF-8"})


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--binary", default=os.path.abspath("target/release/newsmark"))
    ap.add_argument("--partitions", type=int, default=None)
    args = ap.parse_args()
    spark = SparkSession.builder.appName("newsmark").getOrCreate()
    annotate(spark, args.input, args.binary, args.partitions).saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
