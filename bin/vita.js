#!/usr/bin/env node
':' //; self=$(readlink -f -- "$0" 2>/dev/null) || self=$0; root=${self%/bin/*}; up=${root%/*}; c=$root/node_modules
':' //; [ "${up##*/}" = node_modules ] && c=$up; c=$c/.cache/vita/snapshot; b=$root/dist/cli/snapshot.cjs
':' //; if [ "$VITA_SNAPSHOT" != 0 ] && [ -z "$NODE_OPTIONS" ] && n=$(command -v node) && [ -f "$c/vita.key" ]; then
':' //;   { read -r kn; read -r kb; read -r kf; } < "$c/vita.key"
':' //;   ok=1; [ "$kn" = "$n" ] && [ "$kb" = "$b" ] && [ -f "$c/vita.blob" ] || ok=
':' //;   [ "$b" -nt "$c/vita.key" ] || [ "$n" -ot "$c/node.not-before" ] || [ "$n" -nt "$c/node.not-after" ] && ok=
':' //;   [ "$c/vita.blob" -nt "$c/vita.key" ] || [ "$c/vita.blob" -ot "$c/vita.key" ] && ok=
':' //;   if [ -n "$ok" ]; then export GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1"
':' //;     exec "$n" $kf --snapshot-blob "$c/vita.blob" -- "$@"; fi
':' //; fi
':' //; exec node "$self" "$@"

// The installed entry point, read by node and, on macOS, Linux and WSL, by the shell. It ships with a node shebang,
// which is what npm's Windows shims (cmd-shim) read: they run `node bin/vita.js`. When Vita's V8 start-up snapshot
// has been made for an installed Vita (src/start/make-snapshot.ts), the first line of the installed copy becomes
// `#!/bin/sh` (src/start/launcher.ts), and the `vita` command runs the lines above: they start Node from the
// snapshot when it was made for this Vita and this node, which saves loading and compiling the CLI; any doubt (see
// src/start/snapshot-status.ts, which makes the same checks) means the normal start below. glibc's malloc is asked
// for transparent huge pages there: Node reads the ~11 MB blob into fresh memory and copies it once, and a page
// fault per 4 KB was a quarter of a snapshot start's CPU time (other C libraries ignore the setting). As JavaScript those
// lines are string statements, and this runs the compiled CLI (`npm run build`, which `npm ci` runs as `prepare`).
import { main, offerSnapshot } from '../dist/cli/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  offerSnapshot();
});
