// What beamlet writes, byte for byte, beside real elixir's (test/cli/raw_output/NAME.stdout and
// .stderr, from scripts/regen-raw-output.mjs): output that is not valid UTF-8 cannot be compared
// as text, as the conformance goldens are.
import { describe, it, expect } from "vitest";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, ROOT } from "../e2e/helpers.ts";

const DIR = join(ROOT, "test/cli/raw_output");

function runBytes(file: string): Promise<{ stdout: Buffer; stderr: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "run", file], { cwd: DIR, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [], err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", () => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
  });
}

describe("raw output bytes", () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith(".exs"))) {
    it(name, async () => {
      const stem = join(DIR, name.slice(0, -4));
      const r = await runBytes(name);
      expect(r.stdout.toString("hex")).toBe(readFileSync(stem + ".stdout").toString("hex"));
      expect(r.stderr.toString("hex")).toBe(readFileSync(stem + ".stderr").toString("hex"));
    });
  }
});
