// A key for caches of compiled code: it changes whenever the compiler could compile differently.
// In a checkout, the hash of the compiler's sources; in an installed package (no sources, only
// the bundle), the hash of the bundle that is running.
import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { createHash } from "node:crypto";
import { ROOT } from "./host.ts";

const cache = new Map<string, string>();

/** `pick(dir, file)` chooses the .ts files of each dir that matter (one choice per list of dirs) */
export function compilerFingerprint(dirs: string[], pick: (dir: string, file: string) => boolean = () => true, root = ROOT): string {
  const key = root + ":" + dirs.join(",");
  const known = cache.get(key);
  if (known) return known;
  const h = createHash("sha1");
  if (fs.existsSync(path.join(root, "compiler"))) {
    for (const dir of dirs) {
      for (const f of fs.readdirSync(path.join(root, dir)).sort()) {
        if (f.endsWith(".ts") && pick(dir, f)) h.update(fs.readFileSync(path.join(root, dir, f)));
      }
    }
  } else {
    h.update(fs.readFileSync(path.join(root, "dist", "beamlet.mjs")));
  }
  const digest = h.digest("hex").slice(0, 16);
  cache.set(key, digest);
  return digest;
}

/** the user's cache folder for beamlet (XDG_CACHE_HOME, else ~/.cache), as other tools use it */
export function userCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), ".cache");
  return path.join(base, "beamlet");
}
