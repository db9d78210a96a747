// Once stdout's reader goes away (EPIPE) the standard io device has terminated, as in Elixir: a
// write to it raises ErlangError :terminated in the writer (the script ends with status 1, nothing
// after the write runs), other processes and standard error keep working, and the node itself
// never fails with a JS error. A slow reader still gets the whole output.
import { it, expect } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, ROOT, tempDir, cleanup, run } from "./helpers.ts";

// each program's standard error and exit status under `| head -1`, from real elixir
// (scripts/regen-epipe-goldens.mjs)
const EPIPE = join(ROOT, "test", "e2e", "epipe");

/** the number of lines written before the pipe broke varies: the failing call's arguments' numbers */
const normalize = (s: string) => s.replace(/(io\.erl:94: .*?\()(.*)$/m, (_, call: string, args: string) => call + args.replace(/\d+/g, "N"));

for (const name of readdirSync(EPIPE).filter((f) => f.endsWith(".exs"))) {
  const stem = name.slice(0, -4);
  it(`a write to stdout after its reader went away behaves as in Elixir: ${stem}`, async () => {
    const tmp = tempDir("epipe");
    try {
      const script = `"$NODE" "$BIN" run ${name} 2>"$OUT/err.txt" | head -1 >/dev/null; echo \${PIPESTATUS[0]}`;
      // (run from the programs' folder: the trace names the file as elixir's does)
      const r = await run("bash", ["-c", script], { cwd: EPIPE, env: { NODE: process.execPath, BIN, EPIPE, OUT: tmp } });
      const stderr = readFileSync(join(tmp, "err.txt"), "utf8");
      expect(normalize(stderr)).toBe(normalize(readFileSync(join(EPIPE, stem + ".stderr"), "utf8")));
      expect(r.stdout.trim()).toBe(readFileSync(join(EPIPE, stem + ".status"), "utf8").trim());
    } finally {
      cleanup(tmp);
    }
  }, 120000);
}

it("a script's whole output reaches a pipe whose reader starts late, and the writer waits for it as on the BEAM", async () => {
  // the script writes 2.2 MB (a shell pipe takes 64 KB) and writes "done" to stderr at the end: it
  // waits while the reader sleeps, as elixir's does (so a reader that waited for "done" before
  // reading would wait forever on both), and nothing is dropped when the node ends
  const tmp = tempDir("slow-reader");
  writeFileSync(join(tmp, "long.exs"), `for i <- 1..20000, do: IO.puts("line #{i} " <> String.duplicate("x", 100))\nIO.puts(:stderr, "done")\n`);
  const script = `"$NODE" "$BIN" run long.exs 2>done.txt | { sleep 1; [ -s done.txt ] && echo early; wc -l; }`;
  try {
    const r = await run("sh", ["-c", script], { cwd: tmp, env: { NODE: process.execPath, BIN } });
    expect(r.stdout.trim()).toBe("20000");
    expect(readFileSync(join(tmp, "done.txt"), "utf8")).toBe("done\n");
  } finally {
    cleanup(tmp);
  }
}, 120000);

it("a reader that starts late and takes one line still ends the writer with :terminated, as elixir's (stdout never piles up in memory)", async () => {
  // (before, the whole output went into the node's memory while the reader slept: the script
  // ended with status 0 and the error was never seen)
  const tmp = tempDir("late-head");
  try {
    const script = `"$NODE" "$BIN" run format.exs 2>"$OUT/err.txt" | { sleep 1; head -1 >/dev/null; }; echo \${PIPESTATUS[0]}`;
    const r = await run("bash", ["-c", script], { cwd: EPIPE, env: { NODE: process.execPath, BIN, OUT: tmp } });
    expect(normalize(readFileSync(join(tmp, "err.txt"), "utf8"))).toBe(normalize(readFileSync(join(EPIPE, "format.stderr"), "utf8")));
    expect(r.stdout.trim()).toBe("1");
  } finally {
    cleanup(tmp);
  }
}, 120000);
