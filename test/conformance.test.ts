// Conformance: every test/conformance/**/NAME.exs is run with `node cli/bin.js run NAME.exs`
// (from the program's own directory, as the goldens were made with `elixir NAME.exs`) and its
// masked stdout, exit code and first `** (` stderr line are compared with the goldens
// NAME.out / NAME.exit / NAME.err1 produced by real Elixir (scripts/regen-goldens.sh), and where
// a NAME.trace golden exists (traces/), the whole error report with the script's stack frames.
//
// Environment:
//   CONFORMANCE_JOBS     programs run at once (default: number of cpus, at least 2)
//   CONFORMANCE_TIMEOUT  CPU seconds a program may use before it is killed (default 60); see
//                        test/cpu_limit.ts for why the limit is on CPU time, not wall-clock time
//   CONFORMANCE_FILTER   only programs whose path (e.g. "core/enum_") contains one of these
//                        comma-separated strings
//   BEAMLET_BIN          the CLI to run (default cli/bin.js)
//   BEAMLET_CLOCK        "virtual" (default: time moves only when every process waits, so load
//                        changes nothing a program sees) or "real"
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, dirname, basename, relative, resolve } from "node:path";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { runProgram, goldensOf, observed, type Result } from "./conformance/run_program.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CONF = join(ROOT, "test", "conformance");
const BIN = resolve(ROOT, process.env.BEAMLET_BIN ?? "cli/bin.js");
const JOBS = Math.max(2, Number(process.env.CONFORMANCE_JOBS ?? cpus().length));
const TIMEOUT_S = Number(process.env.CONFORMANCE_TIMEOUT ?? 60);
const FILTERS = (process.env.CONFORMANCE_FILTER ?? "").split(",").filter(Boolean);

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith(".exs") && existsSync(p.slice(0, -4) + ".out")) out.push(p);
  }
  return out;
}

function runOne(file: string): Promise<Result> {
  return runProgram(BIN, file, TIMEOUT_S);
}

// A small pool: every program is queued at load time, JOBS run at once, and each test awaits
// its own program's result, so the whole corpus runs in parallel while vitest reports per test.
const programs = walk(CONF).filter(
  (p) => FILTERS.length === 0 || FILTERS.some((f) => relative(CONF, p).includes(f)),
);
const results = new Map<string, Promise<Result>>();
{
  const queue: Array<() => void> = [];
  let running = 0;
  const next = () => {
    while (running < JOBS && queue.length) {
      running++;
      queue.shift()!();
    }
  };
  for (const p of programs) {
    results.set(
      p,
      new Promise<Result>((res) => {
        queue.push(() =>
          runOne(p).then((r) => {
            running--;
            res(r);
            next();
          }),
        );
      }),
    );
  }
  next();
}

// Programs beamlet does not pass yet, each with the reason (test/conformance/known_failures.txt,
// one `group/NAME.exs  reason` per line). They still run: `it.fails` expects the mismatch, so a
// program that starts passing fails the suite until it is taken off the list.
const KNOWN = new Map<string, string>();
{
  const f = join(CONF, "known_failures.txt");
  if (existsSync(f)) {
    for (const line of readFileSync(f, "utf8").split("\n")) {
      const m = /^\s*([^#\s]\S*)\s*(.*)$/.exec(line);
      if (m) KNOWN.set(m[1], m[2]);
    }
  }
}

const groups = new Map<string, string[]>();
for (const p of programs) {
  const g = relative(CONF, dirname(p)) || ".";
  if (!groups.has(g)) groups.set(g, []);
  groups.get(g)!.push(p);
}

for (const [group, files] of groups) {
  describe(`conformance/${group}`, () => {
    for (const file of files) {
      const known = KNOWN.get(relative(CONF, file));
      const test = known !== undefined ? it.fails : it;
      test(basename(file) + (known ? ` (known failure: ${known})` : ""), { timeout: (TIMEOUT_S + 5) * 1000 * Math.ceil(programs.length / JOBS + 1) }, async () => {
        const r = await results.get(file)!;
        if (r.error) throw new Error(r.error);
        const expected = goldensOf(file);
        const actual = observed(r, file, expected, TIMEOUT_S);
        const hint = r.stderr.split("\n").slice(0, 15).join("\n");
        expect(actual, `${relative(ROOT, file)}\n--- stderr (head) ---\n${hint}`).toEqual(expected);
      });
    }
  });
}
