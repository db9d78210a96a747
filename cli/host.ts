// The Node.js host of a beamlet node: stdout/stderr, time, timers, files. Only cli/ touches Node.
import * as fs from "node:fs";
import * as path from "node:path";
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
  };
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
