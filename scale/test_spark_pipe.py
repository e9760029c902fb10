"""The Spark `RDD.pipe` stage, run locally on two cores: its answers equal the binary's own."""
import json
import os
import subprocess
import tempfile
import unittest

from pyspark.sql import SparkSession

from spark_pipe import annotate

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


if __name__ == "__main__":
    unittest.main()
