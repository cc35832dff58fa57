#!/usr/bin/env bash
# Builds the .deb: target/debian/pressdesk_<version>-1_<arch>.deb (cargo-deb, configured in
# Cargo.toml's [package.metadata.deb]). scripts/check-deb.sh and the release workflow run it.
#
# The two programs are built as `cargo build --release` builds them; then the command line,
# `pressdesk`, is linked again, statically. It carries no window code, so nothing in it
# loads a library at run time, and a static program starts ~0.6 ms sooner: a tenth of a
# whole `pressdesk export` (BENCHMARKS.md, session 13). The window's program, `pressdesk-window`,
# stays dynamic: it opens the system's GPU drivers, X11 and Wayland libraries.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --locked --quiet
cargo rustc --release --locked --quiet --bin pressdesk -- -C target-feature=+crt-static
cargo deb --locked --quiet --no-build
