// The compiled library is cached in the user's cache folder (~/.cache/beamlet, or
// $XDG_CACHE_HOME/beamlet) as one .bbc bundle keyed by a hash of lib/ and the compiler, so a run
// does not recompile lib/ every time and a read-only or global install works. A release carries
// its own copy (`seedDirs`), read before the user's cache.
import { libraryDefLine, libraryModuleFile } from "../compiler/library_def_lines.ts";
import * as fs from "node:fs";
import * as path from "node:path";
import { createHash } from "node:crypto";
import type { Node } from "../vm/node.ts";
import { compileLibrary, loadLibrary, loadLibraryLazily } from "../vm/boot.ts";
import { readModule, writeModule, frameIntact } from "../vm/bytecode_file.ts";
import type { CompiledModule } from "../vm/module.ts";
import { ROOT, librarySources, librarySourcePaths } from "./host.ts";
import { compilerFingerprint, userCacheDir } from "./fingerprint.ts";

/** caches not used for this long are removed (several checkouts may share the folder) */
const STALE_MS = 3 * 24 * 3600 * 1000;

/** `root`: the beamlet whose library it is (this one, or the copy inside a release) */
export function libraryCacheName(root = ROOT): string {
  const h = createHash("sha1");
  // (the files' bytes, not their text: every run computes this, and 1.3 MB of strings decoded
  // only to be hashed stayed in its heap)
  for (const p of librarySourcePaths(root)) h.update(path.relative(root, p)).update(fs.readFileSync(p));
  h.update(compilerFingerprint(["compiler", "lang"], undefined, root));
  h.update(BUNDLE_FORMAT);
  return `lib-${h.digest("hex").slice(0, 16)}.bundle`;
}

/**
 * a module of a bundle, checked (header, length, checksum) but not decoded yet: where its bytes
 * are in the bundle, read again when it is first used (most modules never are, and holding the
 * whole bundle was 3 MB of every run's memory)
 */
interface BundleEntry {
  name: string;
  file: string;
  /** the bundle, open for the whole run: its bytes cannot change under it (a new cache is a new
   *  file, renamed into place; a removed one stays readable through the descriptor) */
  fd: number;
  offset: number;
  length: number;
}

// A bundle is a run of entries: u32 header length, header (UTF-8 JSON [module name, source file]),
// u32 object file length, the module's .bbc bytes. The header lets a run install every module
// without decoding it (BUNDLE_FORMAT is part of the cache's name).
const BUNDLE_FORMAT = "bundle 2: [name, file] headers";

/** bundles read by this process, by path: a process that makes many nodes (the tests) opens
 *  each bundle once */
const bundlesRead = new Map<string, BundleEntry[]>();

function readBundle(file: string): BundleEntry[] | null {
  const known = bundlesRead.get(file);
  if (known) return known;
  const entries = readBundleFile(file);
  if (entries) bundlesRead.set(file, entries);
  return entries;
}

function readBundleFile(file: string): BundleEntry[] | null {
  let fd = -1;
  try {
    fd = fs.openSync(file, "r");
    const size = fs.fstatSync(fd).size;
    const entries: BundleEntry[] = [];
    // read through one window of the file (and checked entry by entry), so the whole bundle is
    // never held; a part read is valid until the next read
    let buf = Buffer.allocUnsafe(1 << 18);
    let bufAt = 0, bufLen = 0;
    const read = (at: number, n: number): Buffer | null => {
      if (at + n > size) return null;
      if (at < bufAt || at + n > bufAt + bufLen) {
        if (n > buf.length) buf = Buffer.allocUnsafe(n);
        const want = Math.min(buf.length, size - at);
        if (fs.readSync(fd, buf, 0, want, at) !== want) return null;
        bufAt = at;
        bufLen = want;
      }
      return buf.subarray(at - bufAt, at - bufAt + n);
    };
    let off = 0;
    while (off < size) {
      const hlen = read(off, 4)?.readUInt32BE(0);
      const header = hlen === undefined ? null : read(off + 4, hlen);
      if (header === null) return closed(fd);
      const [name, src] = JSON.parse(header.toString("utf8")) as [unknown, unknown];
      off += 4 + hlen!;
      const len = read(off, 4)?.readUInt32BE(0);
      const bytes = len === undefined ? null : read(off + 4, len);
      // (written by writeBundle from this beamlet's own compiler: checksummed, not re-verified)
      if (typeof name !== "string" || typeof src !== "string" || bytes === null || !frameIntact(bytes)) return closed(fd);
      entries.push({ name, file: src, fd, offset: off + 4, length: len! });
      off += 4 + len!;
    }
    return entries;
  } catch {
    return fd >= 0 ? closed(fd) : null;
  }
}

function closed(fd: number): null {
  fs.closeSync(fd);
  return null;
}

function decodeEntry(e: BundleEntry): CompiledModule {
  const bytes = new Uint8Array(e.length);
  // (decodeModule checks the checksum again: bytes that changed since start-up do not decode)
  const n = fs.readSync(e.fd, bytes, 0, e.length, e.offset);
  const m = n === e.length ? readModule(bytes, true) : null;
  if (m === null || m.name !== e.name) throw new Error(`beamlet: the library cache's ${e.name} does not decode`);
  return m;
}

function writeBundle(dir: string, name: string, modules: CompiledModule[]): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const parts: Buffer[] = [];
    for (const m of modules) {
      const header = Buffer.from(JSON.stringify([m.name, m.file]));
      const b = writeModule(m);
      const len = Buffer.alloc(4);
      len.writeUInt32BE(b.length);
      const hlen = Buffer.alloc(4);
      hlen.writeUInt32BE(header.length);
      parts.push(hlen, header, len, Buffer.from(b));
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

/** the library loaded into `node`: from a cache, each module decoded at its first use (most of
 *  lib/ is never called by a given program: decoding it all was a third of start-up) */
export function loadLibraryCached(node: Node, seedDirs: string[] = [path.join(ROOT, "lib-cache")]): void {
  const lib = libraryEntriesCached(node, seedDirs);
  if (Array.isArray(lib)) loadLibraryLazily(node, lib.map((e) => ({ name: e.name, file: e.file, decode: () => decodeEntry(e) })));
  else loadLibrary(node, lib.modules);
}

/** the compiled library (from a cache when there is one, else compiled now and cached) */
export function libraryModulesCached(node: Node, seedDirs: string[] = [path.join(ROOT, "lib-cache")]): CompiledModule[] {
  const lib = libraryEntriesCached(node, seedDirs);
  return Array.isArray(lib) ? lib.map(decodeEntry) : lib.modules;
}

/** the cache's entries, or the library just compiled (and cached) when there was no usable cache */
function libraryEntriesCached(node: Node, seedDirs: string[]): BundleEntry[] | { modules: CompiledModule[] } {
  const name = libraryCacheName();
  const dir = userCacheDir();
  let entries: BundleEntry[] | null = null;
  for (const d of seedDirs) if ((entries = readBundle(path.join(d, name)))) break;
  if (!entries) {
    entries = readBundle(path.join(dir, name));
    if (entries) {
      try {
        // mark it used, so other checkouts sharing the folder do not remove it
        const t = new Date();
        fs.utimesSync(path.join(dir, name), t, t);
      } catch {
        /* read-only */
      }
    }
  }
  if (entries) return entries;
  const modules = compileLibrary(node, librarySources(), { libraryDefLine, libraryModuleFile });
  writeBundle(dir, name, modules);
  return { modules };
}
