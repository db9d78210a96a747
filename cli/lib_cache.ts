// The compiled library is cached in the user's cache folder (~/.cache/beamlet, or
// $XDG_CACHE_HOME/beamlet) as one bundle (cli/library_bundle.ts) keyed by a hash of lib/ and the compiler, so a run
// does not recompile lib/ every time and a read-only or global install works. A release carries
// its own copy (`seedDirs`), read before the user's cache.
import { libraryDefLine, libraryModuleFile } from "../compiler/library_def_lines.ts";
import { libraryCallLines } from "../compiler/library_call_lines.ts";
import { libraryFunIndex, libraryFunsEnd, libraryFunUniq } from "../compiler/library_funs.ts";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Node } from "../vm/node.ts";
import { compileLibrary, loadLibrary, loadLibraryLazily } from "../vm/boot.ts";
import { BUNDLE_FORMAT, bundleBytes, decodeEntry, readBundleFile, type BundleEntry } from "./library_bundle.ts";
import type { CompiledModule } from "../vm/module.ts";
import { ROOT, librarySources } from "./host.ts";
import { libraryDigest } from "../scripts/source_digests.mjs";
import { compilerFingerprint, userCacheDir } from "./fingerprint.ts";
import { digest } from "./digest.ts";

/** caches not used for this long are removed (several checkouts may share the folder) */
const STALE_MS = 3 * 24 * 3600 * 1000;

/** set by scripts/build.mjs in the bundle: the digest of the lib/ it was built with (cli/bin.js
 *  rebuilds a checkout's bundle when a lib/ source is newer) */
declare const BEAMLET_LIBRARY_DIGEST: string;

/** `root`: the beamlet whose library it is (this one, or the copy inside a release) */
export function libraryCacheName(root = ROOT): string {
  // (the bundle's digest of lib/: a run reads none of its 1.3 MB of sources to name the cache. A
  // release's copy carries this bundle and a copy of this lib/, so it names its cache the same;
  // run from the sources, they are hashed. cli/digest.ts's, not SHA-1: node:crypto is not loaded)
  const parts = [
    typeof BEAMLET_LIBRARY_DIGEST === "string" ? BEAMLET_LIBRARY_DIGEST : libraryDigest(root),
    compilerFingerprint(["compiler", "lang"], undefined, root),
    // (the bundle keeps each module's superinstructions: another fuse, another bundle)
    compilerFingerprint(["vm"], (_dir, f) => f === "superinstructions.ts", root),
    BUNDLE_FORMAT,
  ];
  return `lib-${digest(parts.join("\n"))}.bundle`;
}

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

function writeBundle(dir: string, name: string, modules: CompiledModule[]): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, bundleBytes(modules));
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
  const modules = compileLibrary(node, librarySources(), { libraryDefLine, libraryCallLines, libraryModuleFile, libraryFunIndex, libraryFunsEnd, libraryFunUniq });
  writeBundle(dir, name, modules);
  return { modules };
}
