# Shared steps of scripts/serve and scripts/test. Each step installs what it needs, once.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n== %s\n' "$*"; }

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown ||
    rustup target add wasm32-unknown-unknown
}

# wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock.
ensure_wasm_bindgen() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$want" ]; then
    cargo install --locked wasm-bindgen-cli --version "$want"
  fi
}

# binaryen's wasm-opt, from Debian's packages.
ensure_binaryen() {
  if ! command -v wasm-opt >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends binaryen
  fi
}

ensure_npm() {
  if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends chromium chromium-driver
  fi
}

# Spark, for the archive-scale test: a Java runtime and pyspark at the version pinned.
ensure_spark() {
  if ! command -v java >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends default-jre-headless
  fi
  python3 -m pip install --quiet --disable-pip-version-check -r scale/requirements.txt
}

# Builds the browser package into www/pkg, and the npm package from it into target/npm.
build_wasm() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_binaryen
  # A panic in the browser build aborts with no message: wasm32-unknown-unknown has no stderr
  # and the build installs no panic hook. So the file, line and column of each place in
  # newsmark that may panic (about 500 of them, 8 KB of data with the paths of their files)
  # could never be read; `-Zlocation-detail=none` leaves them out of newsmark's own code, 4.4 KB
  # of download gzipped, with nothing changed in what the code does or how fast. The flag is
  # unstable: RUSTC_BOOTSTRAP lets the stable compiler take it for this one crate, in this one
  # build (the native CLI and the tests build without it, and so do the dependencies). A
  # compiler that dropped the flag would fail the build, not change it.
  # The panic messages of the crates from the registry name their files from the registry's
  # directory on this machine ("/root/.cargo/registry/src/index.crates.io-…/talc-4.4.3/…"):
  # from the crate's own directory ("talc-4.4.3/…") they download 39 B smaller, gzipped, and
  # tell the reader nothing of the machine that built them. (These flags join those of
  # `.cargo/config.toml`; the fetch makes the registry's directories exist before they are named.)
  cargo fetch --locked --target wasm32-unknown-unknown --quiet
  local remap=() dir home="${CARGO_HOME:-$HOME/.cargo}"
  for dir in "$home"/registry/cache/*/; do
    remap+=("'--remap-path-prefix=$home/registry/src/$(basename "$dir")/='")
  done
  RUSTC_BOOTSTRAP=newsmark cargo rustc --locked --lib --profile wasm \
    --target wasm32-unknown-unknown --features browser \
    --config "target.wasm32-unknown-unknown.rustflags=[$(IFS=,; echo "${remap[*]}")]" \
    -- -Zlocation-detail=none
  # (The name and producers sections are for debuggers and telemetry; readers need neither.
  # Every browser the page supports has `TextEncoder.encodeInto`, and newsmark.js always tells
  # `init` where the wasm is: the glue's fallbacks for either would be 83 B of download.)
  wasm-bindgen --target web --remove-name-section --remove-producers-section \
    --encode-into always --omit-default-module-path --out-dir www/pkg \
    target/wasm32-unknown-unknown/wasm/newsmark.wasm
  # binaryen's -O1 passes leave the wasm 0.7 KB smaller gzipped and no slower; -O2, -Os and
  # -Oz leave fewer bytes that gzip worse, 3 to 4 KB more (binaryen 108, December 2026); run
  # to a fixed point, 57 B less. Before them, locals coalesced, identical functions merged,
  # redundant sets removed, constants propagated, dead arguments dropped, locals simplified and
  # code folded: 0.8 KB less (alone, each of these gains less, and after -O1 they gain less).
  # Constants added to addresses fold into the loads' offsets, 138 B less, which is sound where
  # the lowest kilobyte of memory is never used (`-lmu`): Rust puts its 1 MB stack first, growing
  # down to address 0, so only a stack about to overflow reaches it.
  # The features are those the Rust target turns on.
  wasm-opt --coalesce-locals --duplicate-function-elimination --rse --precompute-propagate \
    --dae-optimizing --simplify-locals --code-folding -lmu --optimize-added-constants-propagate \
    -O1 --converge --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
    --enable-mutable-globals --enable-multivalue --enable-reference-types \
    www/pkg/newsmark_bg.wasm -o www/pkg/newsmark_bg.wasm
  # -O1 packs the data into some 200 segments around runs of zeros; joined, 0.4 KB less.
  node scripts/join-data.mjs www/pkg/newsmark_bg.wasm
  node scripts/package.mjs
}
