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
  });
}

// each program's standard error and exit status with stdout on /dev/full (every write fails with
// ENOSPC), from real elixir (scripts/regen-epipe-goldens.mjs): the first write is taken, the :user
// io server ends, its supervisor bridge's report reaches Logger, whose console handler has no device
// left (its watcher's report on stderr), and later writes raise :terminated
const FULL = join(ROOT, "test", "e2e", "full_stdout");

for (const name of readdirSync(FULL).filter((f) => f.endsWith(".exs"))) {
  const stem = name.slice(0, -4);
  it(`writes to stdout on a full disk behave as in Elixir: ${stem}`, async () => {
    const tmp = tempDir("full-stdout");
    try {
      const script = `"$NODE" "$BIN" run ${name} 2>"$OUT/err.txt" >/dev/full; echo $?`;
      // (in real time: the programs wait for the reports a while, as on elixir)
      const r = await run("bash", ["-c", script], { cwd: FULL, env: { NODE: process.execPath, BIN, OUT: tmp, BEAMLET_TIME_SCALE: "1" } });
      expect(readFileSync(join(tmp, "err.txt"), "utf8")).toBe(readFileSync(join(FULL, stem + ".stderr"), "utf8"));
      expect(r.stdout.trim()).toBe(readFileSync(join(FULL, stem + ".status"), "utf8").trim());
    } finally {
      cleanup(tmp);
    }
  });
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
});

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
});

// (IO.puts, and :io.format, whose writer waited only for a node-wide backlog of 256 KB, so the
// whole node stopped with it: elixir's "other ran" comes first with either;
// OUTPUT_FAULTS_ELIXIR=1 runs these two on elixir)
for (const [how, write] of [["IO.puts", 'IO.puts("#{i} #{line}")'], [":io.format", ':io.format("~b ~s~n", [i, line])']]) {
  it(`while stdout's reader takes nothing, only the process writing to it waits: the others keep running (as on the BEAM, where the writer waits for its io request): ${how}`, async () => {
    // the writer puts 2 MB on stdout, which nobody reads until another process has said on stderr
    // that it ran (a computation after the writer filled the pipe); before, the whole node waited
    // for the pipe to drain, so that line never came while stdout was unread
    const tmp = tempDir("slow-stdout");
    writeFileSync(join(tmp, "slow.exs"), [
      `defmodule Wait do`,
      `  # the writer waiting on its io request (the pipe is full)`,
      `  def blocked(pid), do: if(Process.info(pid, :status) == {:status, :waiting}, do: :ok, else: (Process.sleep(1); blocked(pid)))`,
      `end`,
      `line = String.duplicate("x", 1000)`,
      `writer = spawn(fn -> for i <- 1..2000, do: ${write}; IO.puts(:stderr, "writer done") end)`,
      `ref = Process.monitor(writer)`,
      `spawn(fn -> Wait.blocked(writer); n = Enum.reduce(1..200_000, 0, &+/2); IO.puts(:stderr, "other ran #{n}") end)`,
      `receive do {:DOWN, ^ref, _, _, _} -> :ok end`,
      ``,
    ].join("\n"));
    try {
      const { spawn } = await import("node:child_process");
      const child = process.env.OUTPUT_FAULTS_ELIXIR ? spawn("elixir", ["slow.exs"], { cwd: tmp, stdio: ["ignore", "pipe", "pipe"] }) : spawn(process.execPath, [BIN, "run", "slow.exs"], { cwd: tmp, stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.pause();
      let err = "";
      let out = 0;
      let unreadWhenOtherRan = -1;
      const read = () => {
        if (unreadWhenOtherRan >= 0) return;
        unreadWhenOtherRan = out;
        child.stdout.on("data", (d: Buffer) => (out += d.length));
        child.stdout.resume();
      };
      child.stderr.on("data", (d: Buffer) => {
        err += d;
        if (err.includes("other ran")) read();
      });
      // (the failure: nothing on stderr for 60 s; then stdout is read so that the node can end)
      const stuck = setTimeout(read, 60000);
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      clearTimeout(stuck);
      expect(err).toBe("other ran 20000100000\nwriter done\n");
      expect(unreadWhenOtherRan).toBe(0);
      expect(code).toBe(0);
      expect(out).toBe(2000 * 1001 + [...Array(2000).keys()].reduce((n, i) => n + String(i + 1).length + 1, 0));
    } finally {
      cleanup(tmp);
    }
  });
}
