// End-to-end helpers: run the real CLI (node cli/bin.js) and release scripts in temp folders.
import { spawn, ChildProcess } from "node:child_process";
import { mkdtempSync, cpSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BIN = join(ROOT, "cli", "bin.js");
/** timers 10 times shorter: the tutorial's Process.sleep(1000) takes 100 ms (configuration only) */
export const TIME_SCALE = "0.1";
/** how long a command or a wait may take before it counts as hung: wall-clock limits only catch
 *  hangs (vitest.config.ts gives each test 600 s), and on a 2-core machine loaded 30 deep a start
 *  of 0.3 s takes tens of seconds (test/cli/sigterm's 60 s waits for "waiting" ran out at load 25) */
export const HANG_MS = 480_000;

export interface Result {
  stdout: string;
  stderr: string;
  code: number;
}

export function run(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string>; input?: string; timeout?: number }): Promise<Result> {
  return new Promise((res) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...process.env, BEAMLET_TIME_SCALE: TIME_SCALE, ...opts.env },
      stdio: [opts.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeout ?? HANG_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      res({ stdout, stderr, code: code ?? 128 });
    });
  });
}

export function beamlet(args: string[], opts: { cwd: string; env?: Record<string, string>; input?: string }): Promise<Result> {
  return run(process.execPath, [BIN, ...args], opts);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `beamlet-e2e-${prefix}-`));
}

export function copyExample(name: string, to: string): void {
  cpSync(join(ROOT, "examples", name), to, { recursive: true, filter: (s) => !s.includes("_build") });
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** a background process whose stdout is collected */
export class Background {
  out = "";
  err = "";
  readonly child: ChildProcess;
  exited: number | null = null;
  constructor(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
    this.child = spawn(cmd, args, { cwd, env: { ...process.env, BEAMLET_TIME_SCALE: TIME_SCALE, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    this.child.stdout!.setEncoding("utf8").on("data", (d: string) => (this.out += d));
    this.child.stderr!.setEncoding("utf8").on("data", (d: string) => (this.err += d));
    this.child.on("exit", (c) => (this.exited = c ?? 128));
  }
  /** wait until the output (from `from`) matches */
  async waitFor(re: RegExp, timeoutMs = HANG_MS, from = 0): Promise<RegExpMatchArray> {
    const start = Date.now();
    for (;;) {
      const m = this.out.slice(from).match(re);
      if (m) return m;
      if (this.exited !== null) throw new Error(`process exited (${this.exited}) before ${re}:\n${this.out}\n${this.err}`);
      if (Date.now() - start > timeoutMs) throw new Error(`timeout waiting for ${re}; output:\n${this.out.slice(-2000)}\n${this.err}`);
      await sleep(50);
    }
  }
  /** wait until the process has exited; its exit code */
  async waitExit(timeoutMs = HANG_MS): Promise<number> {
    const start = Date.now();
    while (this.exited === null) {
      if (Date.now() - start > timeoutMs) throw new Error(`still running after ${timeoutMs} ms:\n${this.out.slice(-2000)}\n${this.err}`);
      await sleep(50);
    }
    return this.exited;
  }
  kill(): void {
    if (this.exited === null) this.child.kill("SIGKILL");
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** wait until `cond` holds (polled), for an event a test cannot be told of; fails after timeoutMs */
export async function waitUntil(cond: () => boolean, what: string, timeoutMs = HANG_MS): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** the counts printed as `count[VSN]: N` lines */
export function counts(out: string): { vsn: string; n: number }[] {
  return [...out.matchAll(/^count\[(\d*)\]: (\d+)/gm)].map((m) => ({ vsn: m[1], n: Number(m[2]) }));
}

/** the anemone example copied into a new temporary folder and released (MIX_ENV=prod): the
 *  folder (to clean up), the project and its bin/anemone */
export async function anemoneRelease(prefix: string): Promise<{ tmp: string; dir: string; bin: string }> {
  const tmp = tempDir(prefix);
  const dir = join(tmp, "anemone");
  copyExample("anemone", dir);
  const r = await beamlet(["release"], { cwd: dir, env: { MIX_ENV: "prod" } });
  if (r.code !== 0) {
    cleanup(tmp);
    throw new Error(`beamlet release failed (${r.code}):\n${r.stdout}${r.stderr}`);
  }
  return { tmp, dir, bin: join(dir, "_build", "prod", "rel", "anemone", "bin", "anemone") };
}
