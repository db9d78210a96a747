// OTP programs (test/otp/NAME.exs) run through `node cli/bin.js run NAME.exs`; masked stdout
// and exit code are compared with NAME.out / NAME.exit made by real Elixir (test/otp/regen.mjs).
// test/otp/real-harness.mjs runs the same programs on real Elixir with lib/otp renamed.
import { describe, it, expect } from "vitest";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
// @ts-ignore -- plain ESM shared with the regen script
import { mask } from "../conformance/mask.mjs";
import { cpuLimit } from "../cpu_limit.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..", "..");
const BIN = resolve(ROOT, process.env.BEAMLET_BIN ?? "cli/bin.js");

const programs = readdirSync(HERE)
  .filter((f) => f.endsWith(".exs") && existsSync(join(HERE, f.slice(0, -4) + ".out")))
  .sort();

function run(f: string): Promise<{ stdout: string; status: number }> {
  return new Promise((res) => {
    // a virtual clock: the programs' sleeps and timeouts happen in the order they ask for,
    // however busy the machine is
    const env = { ...process.env, BEAMLET_CLOCK: process.env.BEAMLET_CLOCK ?? "virtual" };
    const child = spawn(process.execPath, [BIN, "run", f], { cwd: HERE, env, stdio: ["ignore", "pipe", "ignore"] });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    // 60 s of CPU time, however long a busy machine makes that take (test/cpu_limit.ts)
    const limit = cpuLimit(child, 60);
    child.on("close", (code) => {
      limit.stop();
      res({ stdout, status: code ?? 128 });
    });
  });
}

describe.concurrent("otp", () => {
  for (const f of programs) {
    const name = f.slice(0, -4);
    it(name, async () => {
      expect(existsSync(BIN), `${BIN} does not exist yet`).toBe(true);
      const r = await run(f);
      const want = readFileSync(join(HERE, name + ".out"), "utf8");
      expect(mask(r.stdout)).toBe(want);
      const exitFile = join(HERE, name + ".exit");
      if (existsSync(exitFile)) expect(String(r.status)).toBe(readFileSync(exitFile, "utf8").trim());
    }, 1_200_000);
  }
});
