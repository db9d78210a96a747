#!/usr/bin/env node
// Bundle the TypeScript sources (and the dependencies) into dist/beamlet.mjs with esbuild: the
// `prepare` step of npm, so an installed beamlet needs neither esbuild nor tsx at run time.
// cli/bin.js calls it too in a checkout whenever a source is newer than the bundle.
import { mkdirSync, renameSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FINGERPRINTED_DIRS, sourceDigests, libraryDigest } from "./source_digests.mjs";

export async function build(root = resolve(dirname(fileURLToPath(import.meta.url)), "..")) {
  const esbuild = await import("esbuild");
  const out = join(root, "dist", "beamlet.mjs");
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  await esbuild.build(bundleOptions(root, tmp));
  renameSync(tmp, out);
  if (existsSync(tmp + ".map")) renameSync(tmp + ".map", out + ".map");
  return out;
}

/**
 * esbuild's options for the bundle. Its text must stay ASCII (test/cli/bundle.test.ts): a single
 * other character anywhere (a comment esbuild keeps, a regex literal it does not escape) makes V8
 * hold the whole 2 MB source in two bytes a character, 4 MB of every run's memory.
 */
export function bundleOptions(root, outfile) {
  return {
    entryPoints: [join(root, "cli", "main.ts")],
    // paths in the bundle's comments relative to the package, whatever the current folder
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    // dependencies are bundled too: one file to load instead of resolving many at start-up
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: "error",
    sourcemap: "external",
    // (2.6 MB of source instead of 3.4 MB for V8 to hold and scan at every start-up: 0.8 MB less
    // memory, 4 ms less CPU; names stay, so stack traces still name functions)
    minifyWhitespace: true,
    // the digests of the compiler's sources (cli/fingerprint.ts): a run need not read them
    // and of the library (cli/lib_cache.ts): a run need not read lib/ either
    define: {
      BEAMLET_SOURCE_DIGESTS: JSON.stringify(JSON.stringify(Object.fromEntries(FINGERPRINTED_DIRS.map((d) => [d, sourceDigests(root, d)])))),
      BEAMLET_LIBRARY_DIGEST: JSON.stringify(libraryDigest(root)),
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build();
