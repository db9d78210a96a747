#!/usr/bin/env node
// `beamlet` entry point: runs the bundle dist/beamlet.mjs (made by `npm run build`, the `prepare`
// step of an install). In a git checkout the bundle is rebuilt whenever a source is newer, so
// working on beamlet needs no build step; an installed copy never checks.
import { statSync, readdirSync, existsSync } from "node:fs";

// a Ctrl-C while the bundle loads is counted for the command's handler (cli/early_sigint.ts)
{
  const early = { count: 0, listener: () => void early.count++ };
  globalThis.__beamletEarlySigints = early;
  process.on("SIGINT", early.listener);
}
import { dirname, join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "beamlet.mjs");

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      // (joined by hand: join's normalizing, run for every source of every start-up, got hot
      // enough for V8 to optimize it, 14 ms of compiling)
      const p = dir + sep + e.name;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts") || e.name.endsWith(".ex")) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  // (lib/ too: the bundle carries the digest of the library's sources, cli/lib_cache.ts)
  for (const d of ["lang", "compiler", "vm", "cli", "testing", "lib"]) walk(join(root, d));
  // dependencies are bundled in: a changed install rebuilds too
  const lock = join(root, "package-lock.json");
  if (existsSync(lock)) newest = Math.max(newest, statSync(lock).mtimeMs);
  return newest;
}

const checkout = existsSync(join(root, ".git")) && existsSync(join(root, "cli", "main.ts"));
if (checkout ? !existsSync(out) || statSync(out).mtimeMs < newestSource() : !existsSync(out)) {
  if (!checkout) {
    process.stderr.write(`beamlet: ${out} is missing; run \`npm run build\` in ${root}\n`);
    process.exit(1);
  }
  const { build } = await import(pathToFileURL(join(root, "scripts", "build.mjs")).href);
  await build(root);
}
await import(pathToFileURL(out).href);
