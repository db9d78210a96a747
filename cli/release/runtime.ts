// The beamlet runtime a release carries (what mix's release does with ERTS): the bundle, the
// standard library's sources and its compiled cache, in RELEASE/beamlet-VSN/. bin/APP runs that
// copy with the `node` on PATH, so the release holds no absolute path and can be moved or copied.
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT } from "../host.ts";
import { beamletVersion } from "../version.ts";
import { cachedLibraryFile, libraryCacheName } from "../lib_cache.ts";

export function runtimeDirName(): string {
  return `beamlet-${beamletVersion()}`;
}

function copyTree(from: string, to: string, keep: (name: string) => boolean): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    const dst = path.join(to, e.name);
    if (e.isDirectory()) copyTree(src, dst, keep);
    else if (keep(e.name)) fs.copyFileSync(src, dst);
  }
}

/** copy this beamlet into `relRoot`/beamlet-VSN (replacing an older copy); an error names what is missing */
export function copyRuntime(relRoot: string): string {
  const bundle = path.join(ROOT, "dist", "beamlet.mjs");
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing (run \`npm run build\`)`);
  const dir = path.join(relRoot, runtimeDirName());
  const tmp = `${dir}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(path.join(tmp, "dist"), { recursive: true });
  fs.copyFileSync(bundle, path.join(tmp, "dist", "beamlet.mjs"));
  // (the loader above runs this one: scripts/bundle_loader.mjs)
  fs.copyFileSync(path.join(ROOT, "dist", "beamlet.cjs"), path.join(tmp, "dist", "beamlet.cjs"));
  // (the files the bundle reads beside it at their first use: its tables of JSON text, as the
  // library's clause table, and fast-check; scripts/build.mjs JSON_TEXT_FILES, FAST_CHECK_FILE)
  for (const f of fs.readdirSync(path.join(ROOT, "dist"))) {
    if (f.endsWith(".json") || f === "fast-check.cjs") fs.copyFileSync(path.join(ROOT, "dist", f), path.join(tmp, "dist", f));
  }
  fs.copyFileSync(path.join(ROOT, "package.json"), path.join(tmp, "package.json"));
  copyTree(path.join(ROOT, "lib"), path.join(tmp, "lib"), (n) => n.endsWith(".ex"));
  fs.mkdirSync(path.join(tmp, "cli", "repl"), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "cli", "repl", "helpers.ex"), path.join(tmp, "cli", "repl", "helpers.ex"));
  // the compiled library, under the name the copy will look for (its key hashes the copied bundle)
  const cached = cachedLibraryFile();
  if (cached) {
    fs.mkdirSync(path.join(tmp, "lib-cache"), { recursive: true });
    fs.copyFileSync(cached, path.join(tmp, "lib-cache", libraryCacheName(tmp)));
  }
  // a running node of this release keeps its files open by path: swap the folder in whole
  const old = `${dir}.${process.pid}.old`;
  if (fs.existsSync(dir)) fs.renameSync(dir, old);
  fs.renameSync(tmp, dir);
  fs.rmSync(old, { recursive: true, force: true });
  return dir;
}
