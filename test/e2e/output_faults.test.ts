// A failed write to stdout (EPIPE: the reader went away) is dropped and counted, never the end of
// the node: the script goes on and finishes its work.
import { it, expect } from "vitest";
import { spawn } from "node:child_process";
import { writeFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, tempDir, cleanup } from "./helpers.ts";

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
