#!/usr/bin/env node
// `beamlet` entry point. The TypeScript sources are bundled once into dist/beamlet.mjs with
// esbuild (a few hundred ms) and rebuilt whenever a source is newer, so a run starts in a
// fraction of the time of transpiling every file through tsx on each start.
import { statSync, readdirSync, existsSync, mkdirSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "beamlet.mjs");

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts")) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ["lang", "compiler", "vm", "cli", "testing"]) walk(join(root, d));
  // dependencies are bundled in: a changed install rebuilds too
  const lock = join(root, "package-lock.json");
  if (existsSync(lock)) newest = Math.max(newest, statSync(lock).mtimeMs);
  return newest;
}

if (!existsSync(out) || statSync(out).mtimeMs < newestSource()) {
  const esbuild = await import("esbuild");
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [join(root, "cli", "main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: tmp,
    // dependencies are bundled too: one file to load instead of resolving many at start-up
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: "error",
    sourcemap: "external",
  });
  renameSync(tmp, out);
  if (existsSync(tmp + ".map")) renameSync(tmp + ".map", out + ".map");
}
await import(out);
