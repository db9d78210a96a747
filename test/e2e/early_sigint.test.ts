// A Ctrl-C while beamlet starts (its bundle and library loading, before the command's handler is
// in place) is the command's: `run --no-halt` shows the BEAM's BREAK menu for it (off a terminal
// its lines end in \r\n and the answer is read from standard input, as the BEAM does), where
// Node.js's default ended the process by the signal. A command without a handler of its own
// (`beamlet new`) still ends by it. The signal comes at a known point of the start-up: a preload
// sends it once cli/bin.js makes its first file check (fs.existsSync).
import { describe, it, expect, afterAll } from "vitest";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, tempDir, cleanup } from "./helpers.ts";

const dir = tempDir("early-sigint");
afterAll(() => cleanup(dir));
const preload = join(dir, "sigint_at_first_check.cjs");
writeFileSync(
  preload,
  `const fs = require("node:fs");
const existsSync = fs.existsSync;
let sent = false;
fs.existsSync = function (...args) {
  if (!sent) {
    sent = true;
    setImmediate(() => process.kill(process.pid, "SIGINT"));
  }
  return existsSync.apply(this, args);
};
require("node:module").syncBuiltinESMExports();
`,
);

function startInterrupted(args: string[], input: string): Promise<{ stdout: string; code: number | null; signal: string | null }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, ["--require", preload, BIN, ...args], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stdin.end(input);
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      res({ stdout, code, signal });
    });
  });
}

describe("Ctrl-C while beamlet starts", () => {
  it("run --no-halt: the BREAK menu, and `a` quits with status 0", async () => {
    const r = await startInterrupted(["run", "--no-halt", "-e", "IO.puts :hi"], "a\n");
    expect(r.signal).toBe(null);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("\r\nBREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\r\n       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\r\n");
  });

  it("a command without a Ctrl-C handler of its own ends by the signal, as by default", async () => {
    const r = await startInterrupted(["new", "app"], "");
    expect(r.signal).toBe("SIGINT");
  });
});
