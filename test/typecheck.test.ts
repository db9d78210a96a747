// tsconfig.json is strict: the whole tree must type-check (tsc --noEmit).
import { it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

it("tsc --noEmit reports no errors", { timeout: 180_000 }, () => {
  const r = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", root], { encoding: "utf8" });
  const errors = (r.stdout + r.stderr).split("\n").filter((l) => l.includes("error TS"));
  expect(errors).toEqual([]);
});
