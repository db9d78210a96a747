// The SHA-1 of each top-level .ts file of a source folder, in file-name order: what
// cli/fingerprint.ts hashes into the key of compiled-code caches. scripts/build.mjs puts those of
// the bundle's own sources into it; run from the sources, cli/fingerprint.ts computes them alike.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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
