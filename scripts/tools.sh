# Installs what Role Compare needs, only where it is missing, so running it again is quick.
# Source it from the other scripts: `. scripts/tools.sh; ensure_build_tools; ensure_browser`.
# Versions are pinned because the build is offline and these tools must agree with each other.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"   # 0.22 needs a newer rustc than the 1.95 this machine kind has
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_rust_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! rustup component list --installed | grep -q '^clippy'; then rustup component add clippy; fi
  if ! rustup component list --installed | grep -q '^rustfmt'; then rustup component add rustfmt; fi
}

ensure_cargo_tool() { # binary, version, crate
  local binary="$1" version="$2" crate="$3" extra="${4:-}"
  if "$binary" --version 2>/dev/null | grep -q " $version\b"; then return; fi
  say "Installing $crate $version (compiles once, a few minutes)"
  # shellcheck disable=SC2086
  cargo install "$crate" --version "$version" $extra
}

ensure_node_modules() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    say "Installing npm packages (binaryen's wasm-opt, playwright-core, terser, lighthouse)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

# oha, the HTTP load generator of ./scripts/bench (not needed by the tests).
OHA_VERSION="1.16.0"
ensure_oha() {
  ensure_cargo_tool oha "$OHA_VERSION" oha --locked
}

ensure_build_tools() {
  ensure_rust_target
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked
  ensure_cargo_tool wasm-bindgen "$(wasm_bindgen_version)" wasm-bindgen-cli
  ensure_node_modules
  (cd "$ROOT" && cargo fetch --quiet)
}

# Debian's Chromium: the browser tests drive it with playwright-core (no browser downloads).
ensure_browser() {
  if [ -x /usr/bin/chromium ]; then return; fi
  say "Installing Chromium from Debian's packages"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
}
