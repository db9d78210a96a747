// A key for caches of compiled code: it changes whenever the compiler could compile differently.
// It hashes the SHA-1 of each source file of the compiler: the bundle carries those of its own
// sources (scripts/build.mjs computes them when it builds), so a run reads none of the 1.1 MB of
// sources to make the key; run from the sources (tsx, the tests), it reads them. An installed copy
// without sources (a release's) hashes the bundle that is running.
import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { digest } from "./digest.ts";
import { ROOT } from "./host.ts";
import { sourceDigests } from "../scripts/source_digests.mjs";

/** set by scripts/build.mjs in the bundle: JSON of {dir: [[file, sha1 hex], ...]} of its sources */
declare const BEAMLET_SOURCE_DIGESTS: string;

const cache = new Map<string, string>();

/** the digests the running bundle was built from, or null when running from the sources */
function bundledDigests(): Record<string, [string, string][]> | null {
  return typeof BEAMLET_SOURCE_DIGESTS === "string" ? (JSON.parse(BEAMLET_SOURCE_DIGESTS) as Record<string, [string, string][]>) : null;
}

/** `pick(dir, file)` chooses the .ts files of each dir that matter (one choice per list of dirs) */
export function compilerFingerprint(dirs: string[], pick: (dir: string, file: string) => boolean = () => true, root = ROOT): string {
  const key = root + ":" + dirs.join(",");
  const known = cache.get(key);
  if (known) return known;
  // (cli/digest.ts's digest, not SHA-1: a run names its library cache through this, and loading
  // node:crypto for it was 10 ms of every start-up)
  let fingerprint: string;
  if (fs.existsSync(path.join(root, "compiler"))) {
    const bundled = root === ROOT ? bundledDigests() : null;
    const picked: string[] = [];
    for (const dir of dirs) for (const [f, d] of bundled?.[dir] ?? sourceDigests(root, dir)) if (pick(dir, f)) picked.push(d);
    fingerprint = digest(picked.join(""));
  } else {
    fingerprint = digest(fs.readFileSync(path.join(root, "dist", "beamlet.mjs")));
  }
  cache.set(key, fingerprint);
  return fingerprint;
}

/** the user's cache folder for beamlet (XDG_CACHE_HOME, else ~/.cache), as other tools use it */
export function userCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), ".cache");
  return path.join(base, "beamlet");
}
