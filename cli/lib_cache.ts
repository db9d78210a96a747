// The compiled library is cached in the user's cache folder (~/.cache/beamlet, or
// $XDG_CACHE_HOME/beamlet) as one .bbc bundle keyed by a hash of lib/ and the compiler, so a run
// does not recompile lib/ every time and a read-only or global install works. A release carries
// its own copy (`seedDirs`), read before the user's cache.
import * as fs from "node:fs";
import * as path from "node:path";
import { createHash } from "node:crypto";
import type { Node } from "../vm/node.ts";
import { compileLibrary, loadLibrary } from "../vm/boot.ts";
import { readModule, writeModule } from "../vm/bytecode_file.ts";
import type { CompiledModule } from "../vm/module.ts";
import { ROOT, librarySources } from "./host.ts";
import { compilerFingerprint, userCacheDir } from "./fingerprint.ts";

/** caches not used for this long are removed (several checkouts may share the folder) */
const STALE_MS = 3 * 24 * 3600 * 1000;

/** `root`: the beamlet whose library it is (this one, or the copy inside a release) */
export function libraryCacheName(root = ROOT): string {
  const h = createHash("sha1");
  for (const s of librarySources(root)) h.update(s.path).update(s.text);
  h.update(compilerFingerprint(["compiler", "lang"], undefined, root));
  return `lib-${h.digest("hex").slice(0, 16)}.bundle`;
}

function readBundle(file: string): CompiledModule[] | null {
  try {
    const bundle = fs.readFileSync(file);
    const modules: CompiledModule[] = [];
    let off = 0;
    while (off < bundle.length) {
      const len = bundle.readUInt32BE(off);
      // (written by writeBundle from this beamlet's own compiler: checksummed, not re-verified)
      const m = readModule(new Uint8Array(bundle.subarray(off + 4, off + 4 + len)), true);
      if (!m) return null;
      modules.push(m);
      off += 4 + len;
    }
    return modules;
  } catch {
    return null;
  }
}

function writeBundle(dir: string, name: string, modules: CompiledModule[]): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const parts: Buffer[] = [];
    for (const m of modules) {
      const b = writeModule(m);
      const len = Buffer.alloc(4);
      len.writeUInt32BE(b.length);
      parts.push(len, Buffer.from(b));
    }
    const file = path.join(dir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat(parts));
    fs.renameSync(tmp, file);
    const now = Date.now();
    for (const old of fs.readdirSync(dir)) {
      const p = path.join(dir, old);
      if (old.startsWith("lib-") && p !== file && now - fs.statSync(p).mtimeMs > STALE_MS) fs.rmSync(p, { force: true });
    }
  } catch {
    /* a read-only cache folder still works, just slower */
  }
}

/** the library cache file in the user's cache folder, when it is there */
export function cachedLibraryFile(): string | null {
  const p = path.join(userCacheDir(), libraryCacheName());
  return fs.existsSync(p) ? p : null;
}

export function loadLibraryCached(node: Node, seedDirs: string[] = [path.join(ROOT, "lib-cache")]): void {
  loadLibrary(node, libraryModulesCached(node, seedDirs));
}

/** the compiled library (from a cache when there is one, else compiled now and cached) */
export function libraryModulesCached(node: Node, seedDirs: string[] = [path.join(ROOT, "lib-cache")]): CompiledModule[] {
  const name = libraryCacheName();
  const dir = userCacheDir();
  let modules: CompiledModule[] | null = null;
  for (const d of seedDirs) if ((modules = readBundle(path.join(d, name)))) break;
  if (!modules) {
    modules = readBundle(path.join(dir, name));
    if (modules) {
      try {
        // mark it used, so other checkouts sharing the folder do not remove it
        const t = new Date();
        fs.utimesSync(path.join(dir, name), t, t);
      } catch {
        /* read-only */
      }
    }
  }
  if (!modules) {
    modules = compileLibrary(node, librarySources());
    writeBundle(dir, name, modules);
  }
  return modules;
}
