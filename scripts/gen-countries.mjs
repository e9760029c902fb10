// Regenerates src/data/countries.rs from the `world-countries` npm package (ODbL-1.0,
// https://github.com/mledoze/countries): names, official names (of some), alternative
// spellings, English demonyms and capitals of every country and territory with an ISO 3166-1
// alpha-2 code.
//
//     npm ci && node scripts/gen-countries.mjs
//
// Curated news usage ("U.S.", "Britain", "the Kremlin") lives apart, in src/data/news.rs.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("world-countries/countries.json");
const { version } = require("world-countries/package.json");

// Only Latin-script spellings can appear in English news text.
const latin = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF .'’-]*$/;
// Native spellings that are everyday English words, and capitals named with an article or as
// places elsewhere are ("West Island", of the Cocos Islands and of Montreal).
const NOT_IN_ENGLISH = new Set([
  "Island", "Mann", "Bottom", "Valley", "The Bottom", "The Valley", "West Island",
]);
const FORM_RANK = { Name: 0, Alias: 1, Demonym: 2, Capital: 3 };
// The states whose official names news text uses ("Russian Federation", "Islamic Republic of
// Iran", "Democratic Republic of the Congo"); the others' ("Principality of Andorra") cost the
// widget a kilobyte and appear in no news.
const OFFICIAL_IN_NEWS = new Set(
  "US GB RU CN TW KR KP IR IQ SY SA IL PS CD CG DE AF PK TR JO EG VE VN LY CZ".split(" "),
);

// Words that every kind of state's name has, which say nothing of which one it is.
const GENERIC = new Set(
  "of the and republic kingdom state states islands island democratic people's federal islamic socialist united nation".split(" "),
);
// English names of old that share no word with today's ("Swaziland" for Eswatini, "Republic of
// Turkey" for the Republic of Türkiye).
const OLD_ENGLISH = new Set(["Swaziland", "Macao", "Burma", "Holland", "Republic of Turkey"]);
/** A spelling's words, lowercase, without accents, past the generic ones. */
const words = (text) =>
  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[\s-]+/).filter((w) => !GENERIC.has(w));
/**
 * Whether an alternative spelling of country `c` is English: an abbreviation ("UAE", "DPRK"),
 * an English name of old, or one that shares a word with its English names or capitals, past
 * accents and spaces ("Islamic Republic of Afghanistan", "Congo-Kinshasa", "Viet Nam",
 * "Turkiye", "Chinese Taipei"). The transliterations of native names are not ("Nippon",
 * "Dominique", "Zhongguo", "Srbija"): in English news they are given names and words of
 * organizations' names ("Dominique de Villepin", "Nippon Steel").
 */
function inEnglish(alt, c) {
  const names = [c.name.common, c.name.official];
  const known = new Set([...names, ...(c.capital ?? [])].flatMap(words));
  const joined = (text) => words(text).join("");
  return (
    /^[A-Z]{2,5}$/.test(alt) ||
    OLD_ENGLISH.has(alt) ||
    words(alt).some((w) => known.has(w)) ||
    names.some((n) => joined(n) === joined(alt))
  );
}

/** pattern -> { code, form, independent } with the sovereign, then the strongest form, winning. */
const patterns = new Map();
function add(text, code, form, independent) {
  text = text.trim().replace(/^The /, "");
  // A country's common name always has its row: it is the name newsmark gives the country
  // ("Cocos (Keeling) Islands" too).
  const spelling = NOT_IN_ENGLISH.has(text) || text.length < 3 || !latin.test(text) || text.includes(", ");
  if (spelling && form !== "Name") return;
  const old = patterns.get(text);
  const better =
    !old ||
    (independent && !old.independent) ||
    (independent === old.independent && FORM_RANK[form] < FORM_RANK[old.form]);
  if (better) patterns.set(text, { code, form, independent });
}

for (const c of countries) {
  const code = c.cca2;
  const sovereign = Boolean(c.independent);
  add(c.name.common, code, "Name", sovereign);
  const official = OFFICIAL_IN_NEWS.has(code);
  if (official) add(c.name.official, code, "Alias", sovereign);
  // Names in the country's other languages ("Bundesrepublik Deutschland", "Dawlat Qaṭar") are
  // not English, unless English writes them too, inside its official name ("Republic of Côte
  // d'Ivoire"); nor is a spelling with an accented word that the English names lack
  // ("Zhōngguó", "Algérie").
  const native = new Set(
    Object.entries(c.name.native ?? {})
      .filter(([lang]) => lang !== "eng")
      .flatMap(([, n]) => [n.common, n.official])
      .filter((n) => !c.name.official.includes(n)),
  );
  const english = `${c.name.common} ${c.name.official}`.split(" ");
  const foreign = (alt) => alt.split(" ").some((w) => /[^\x00-\x7f]/.test(w) && !english.includes(w));
  for (const alt of c.altSpellings) {
    if (!native.has(alt) && !foreign(alt) && inEnglish(alt, c) && (official || alt !== c.name.official)) {
      add(alt, code, "Alias", sovereign);
    }
  }
  // (Their plurals in -s, "Syrians", "Pakistanis", newsmark derives as it reads the table.)
  for (const d of new Set(Object.values(c.demonyms?.eng ?? {}))) add(d, code, "Demonym", sovereign);
  for (const cap of c.capital ?? []) add(cap, code, "Capital", sovereign);
}

for (const c of countries) {
  const row = patterns.get(c.name.common.trim().replace(/^The /, ""));
  if (row?.code !== c.cca2 || row.form !== "Name") throw new Error(`${c.cca2} has no row for its name`);
}
// A line per country: its code, then its name, aliases, demonyms and capitals, a column each,
// the spellings of a column separated by "|".
const FORMS = ["Name", "Alias", "Demonym", "Capital"];
const byCode = new Map();
for (const [text, p] of [...patterns].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  if (!byCode.has(p.code)) byCode.set(p.code, FORMS.map(() => []));
  byCode.get(p.code)[FORMS.indexOf(p.form)].push(text);
}
const lines = [...byCode].sort((a, b) => (a[0] < b[0] ? -1 : 1));
const source = `world-countries ${version} (ODbL-1.0, see DATA-LICENSES.md)`;
writeFileSync(
  new URL("../src/data/countries.tsv", import.meta.url),
  lines.map(([code, columns]) => `${code}\t${columns.map((c) => c.join("|")).join("\t")}\n`).join(""),
);
writeFileSync(
  new URL("../src/data/countries.rs", import.meta.url),
  `//! Country names and spellings, generated by \`scripts/gen-countries.mjs\` from ${source}.
//! Do not edit by hand.

/// Every country's names, a line each: its ISO code, then its common English name, official
/// name and other spellings, English demonyms (their plurals in -s are derived) and capitals, a
/// column each, separated by tabs; the spellings of a column are separated by \`|\`.
pub const SPELLINGS: &str = include_str!("countries.tsv");
`,
);
console.log(`src/data/countries.tsv: ${countries.length} countries, ${patterns.size} spellings`);
