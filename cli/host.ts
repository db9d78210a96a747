// The Node.js host of a beamlet node: stdout/stderr, time, timers, files. Only cli/ touches Node.
import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { fileURLToPath } from "node:url";
import type { Host } from "../vm/node.ts";
import type { Source } from "../vm/boot.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function nodeHost(): Host {
  return {
    write(fd, text) {
      if (fd === 1) process.stdout.write(text);
      else process.stderr.write(text);
    },
    now: () => performance.now(),
    setTimer(ms, cb) {
      const t = setTimeout(cb, ms);
      return { cancel: () => clearTimeout(t) };
    },
    readFile(p) {
      try {
        return new Uint8Array(fs.readFileSync(p));
      } catch {
        return null;
      }
    },
    writeFile(p, bytes) {
      try {
        fs.writeFileSync(p, bytes);
        return true;
      } catch {
        return false;
      }
    },
    fs,
    env: process.env,
    cwd: () => process.cwd(),
    chdir: (p: string) => process.chdir(p),
    tmpDir: () => os.tmpdir(),
    homeDir: () => os.homedir(),
    useSources: () => useSources(),
  };
}

let useCache: Map<string, string> | null = null;
/** lib/use/NAME.ex templates by NAME (for Code.compile_string and friends) */
export function useSources(): Map<string, string> {
  if (!useCache) {
    useCache = new Map();
    const dir = path.join(ROOT, "lib", "use");
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir).sort()) if (f.endsWith(".ex")) useCache.set(f.slice(0, -3), fs.readFileSync(path.join(dir, f), "utf8"));
  }
  return useCache;
}

// every lib .ex file (recursively), in a stable order
export function librarySources(): Source[] {
  const out: Source[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ex")) out.push({ path: path.relative(ROOT, p), text: fs.readFileSync(p, "utf8") });
    }
  };
  walk(path.join(ROOT, "lib"));
  return out;
}
