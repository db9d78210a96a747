// The SHA-1 of each top-level .ts file of a source folder, in file-name order: what
// cli/fingerprint.ts hashes into the key of compiled-code caches. scripts/build.mjs puts those of
// the bundle's own sources into it; run from the sources, cli/fingerprint.ts computes them alike.
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { createHash } from "node:crypto";

/** the folders whose sources decide how code compiles (cli/fingerprint.ts's callers ask for these) */
export const FINGERPRINTED_DIRS = ["compiler", "lang", "vm"];

/** [[file, sha1 hex], ...] of `dir` under root */
export function sourceDigests(root, dir) {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => [f, createHash("sha1").update(readFileSync(join(root, dir, f))).digest("hex")]);
}

/**
 * file names in the order the library has always been compiled in (that of localeCompare, where
 * "_" sorts before "." and "." before letters: application_master.ex, application.ex, date.ex,
 * datetime.ex), by code unit: localeCompare loaded ICU's collation data, 2.6 MB of every run's
 * memory
 */
function listedOrder(a, b) {
  const x = a.replaceAll("_", "\x01"), y = b.replaceAll("_", "\x01");
  return x < y ? -1 : x > y ? 1 : 0;
}

/** the paths of the library's sources (every lib/ .ex file, recursively, in a stable order), each
 *  under `root` + sep (joined by hand: path.join's normalizing, run for every file, was hot enough
 *  for V8 to optimize it) */
export function librarySourcePaths(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => listedOrder(a.name, b.name))) {
      const p = dir + sep + e.name;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ex")) out.push(p);
    }
  };
  walk(join(root, "lib"));
  return out;
}

/** the SHA-1 hex of the library's sources (their paths under root and their bytes): part of the
 *  library cache's name (cli/lib_cache.ts), put in the bundle by scripts/build.mjs */
export function libraryDigest(root) {
  const h = createHash("sha1");
  for (const p of librarySourcePaths(root)) h.update(p.slice(root.length + 1)).update(readFileSync(p));
  return h.digest("hex");
}
