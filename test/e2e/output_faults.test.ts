// A failed write to stdout (EPIPE: the reader went away) is dropped and counted, never the end of
// the node: the script goes on and finishes its work.
import { it, expect } from "vitest";
import { spawn } from "node:child_process";
import { writeFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, tempDir, cleanup, run } from "./helpers.ts";

it("a script whose stdout reader goes away keeps running to its end", async () => {
  const tmp = tempDir("epipe");
  const file = join(tmp, "chatty.exs");
  const mark = join(tmp, "finished");
  writeFileSync(file, `for i <- 1..20000, do: IO.puts("line #{i} " <> String.duplicate("x", 100))\nFile.write!(${JSON.stringify(mark)}, "done")\n`);
  try {
    const child = spawn(process.execPath, [BIN, "run", file], { cwd: tmp, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    // read the first chunk, then close our end of the pipe: later writes fail with EPIPE
    await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
    child.stdout!.destroy();
    const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 128)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled 'error'/);
    expect(code).toBe(0);
    expect(existsSync(mark) && readFileSync(mark, "utf8")).toBe("done");
  } finally {
    cleanup(tmp);
  }
}, 120000);

it("a script's whole output reaches a pipe whose reader only starts reading when the script is done", async () => {
  // the script fills the stdout pipe (a shell pipe: the kernel's 64 KB), writes "done" to stderr
  // and ends; before, the node exited at once and dropped what the pipe had not taken
  const tmp = tempDir("slow-reader");
  writeFileSync(join(tmp, "long.exs"), `for i <- 1..20000, do: IO.puts("line #{i} " <> String.duplicate("x", 100))\nIO.puts(:stderr, "done")\n`);
  const script = `"$NODE" "$BIN" run long.exs 2>done.txt | { until [ -s done.txt ]; do sleep 0.05; done; wc -l; }`;
  try {
    const r = await run("sh", ["-c", script], { cwd: tmp, env: { NODE: process.execPath, BIN } });
    expect(r.stdout.trim()).toBe("20000");
    expect(readFileSync(join(tmp, "done.txt"), "utf8")).toBe("done\n");
  } finally {
    cleanup(tmp);
  }
}, 120000);
