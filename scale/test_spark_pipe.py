"""The Spark `RDD.pipe` stage, run locally on two cores: its answers equal the binary's own."""
import json
import os
import subprocess
import tempfile
import unittest

from pyspark.sql import SparkSession

from spark_pipe import annotate
from who_is_heard import shares

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "newsmark")
SAMPLE = open(os.path.join(ROOT, "www", "sample-article.txt"), encoding="utf-8").read()


class SparkPipe(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.spark = (
            SparkSession.builder.master("local[2]")
            .appName("newsmark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate()
        )

    @classmethod
    def tearDownClass(cls):
        cls.spark.stop()

    def test_answers_match_the_binary_and_keep_their_ids(self):
        paragraphs = [p for p in SAMPLE.split("\n\n") if p.strip()]
        docs = [{"id": f"doc-{i}", "text": paragraphs[i % len(paragraphs)] * (1 + i % 3)} for i in range(120)]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "in.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
            spark_answers = annotate(self.spark, path, BINARY, partitions=4).collect()
            direct = subprocess.run([BINARY], stdin=open(path, "rb"), capture_output=True, check=True).stdout
        by_id = {json.loads(line)["id"]: line for line in direct.decode("utf-8").splitlines()}
        self.assertEqual(len(spark_answers), len(docs))
        for line in spark_answers:
            answer = json.loads(line)
            self.assertEqual(line, by_id[answer["id"]])
        lavrov = [json.loads(l) for l in spark_answers if "Mr Lavrov said" in docs[int(json.loads(l)["id"][4:])]["text"]]
        self.assertTrue(any(s["name"] == "Lavrov" for a in lavrov for s in a["speakers"]))

    def test_who_is_heard_sums_the_quoted_words_by_group_over_the_archive(self):
        docs = [
            {"id": 1, "text": "Mrs Okafor said the clinic would close next week."},
            {"id": 2, "text": "Mr Ruiz said it would not. Officials said the talks had stalled."},
        ] * 10
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "in.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(d) + "\n" for d in docs)
            got = shares(self.spark, path, BINARY, partitions=3)
        # "the clinic would close next week" (32), "it would not" (12), "the talks had stalled" (21)
        self.assertAlmostEqual(got["women"], 32 / 65)
        self.assertAlmostEqual(got["men"], 12 / 65)
        self.assertAlmostEqual(got["unnamed"], 21 / 65)
        self.assertEqual(got["organizations"], 0.0)


if __name__ == "__main__":
    unittest.main()
