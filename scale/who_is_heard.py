"""Who is heard across an archive: the share of quoted words by the gender the articles tell.

    spark-submit --files target/release/newsmark scale/who_is_heard.py INPUT_JSONL --binary ./newsmark

Pipes the articles through `newsmark` (see `spark_pipe.py`) and sums, over every claim with a
speaker, the claim's length (UTF-16 units, the measure of quoted words that needs no text) by
the speaker's group: women and men as the articles tell their gender, people of unknown gender,
organizations, and unnamed sources. Prints each group's share, women's first.
"""
import argparse
import json
import os

from pyspark.sql import SparkSession

from spark_pipe import annotate

GROUPS = ("women", "men", "unknown", "organizations", "unnamed")


def group_of(speaker):
    """The group of a speaker of newsmark's answer."""
    if not speaker.get("named", True):
        return "unnamed"
    if speaker["kind"] == "organization":
        return "organizations"
    return {"female": "women", "male": "men"}.get(speaker.get("gender"), "unknown")


def quoted_by_group(answer_line):
    """(group, quoted length) for each claim of one answer that has a speaker."""
    answer = json.loads(answer_line)
    speakers = answer["speakers"]
    return [
        (group_of(speakers[c["speaker"]]), c["end"] - c["start"])
        for c in answer["claims"]
        if c["speaker"] is not None
    ]


def shares(spark, input_path, binary, partitions=None):
    """Each group's share of the quoted words in the articles at `input_path`, from 0 to 1."""
    totals = dict(
        annotate(spark, input_path, binary, partitions)
        .flatMap(quoted_by_group)
        .reduceByKey(lambda a, b: a + b)
        .collect()
    )
    whole = sum(totals.values())
    return {g: (totals.get(g, 0) / whole if whole else 0.0) for g in GROUPS}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input")
    ap.add_argument("--binary", default=os.path.abspath("target/release/newsmark"))
    ap.add_argument("--partitions", type=int, default=None)
    args = ap.parse_args()
    spark = SparkSession.builder.appName("newsmark-who-is-heard").getOrCreate()
    for group, share in shares(spark, args.input, args.binary, args.partitions).items():
        print(f"{group}\t{share:.1%}")
    spark.stop()


if __name__ == "__main__":
    main()
