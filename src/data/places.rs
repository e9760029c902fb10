//! The states and provinces of the United States and Canada, and their towns that bear the
//! name of a country or of a foreign capital.

/// A state or province a line: its postal code, its name, then the other spellings news uses
/// (AP style: "Tenn.", "Ont."), separated by `|`.
pub const REGIONS: &str = include_str!("regions.txt");

/// A town name a line, generated from GeoNames by `scripts/gen-localities.py`: the name, a
/// tab, the postal codes of the states and provinces where a town of that name has at least
/// 10,000 people, separated by spaces.
pub const LOCALITIES: &str = include_str!("localities.tsv");
