// A chain of 20,000 `|> then(fn v -> ... end)` compiles in memory linear in its length: each fn
// kept a copy of the macro expansions it was written in (ModCtx.expandingMacros: every then/2 and
// |>/2 around it) and each piped call a copy of the lines of the pipes around it, so the chain held
// about 2 x 20,000^2 / 2 frames and lines (1.5 GB at 10,000, out of memory at 20,000). Both are now
// lists with shared tails. The bound checked is the node's heap limit, not a time: the program must
// run to its end with 256 MB of old space.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const BIN = path.resolve(__dirname, "../../cli/bin.js");

describe("a long chain of |> then(fn ...) compiles in linear memory", () => {
  it("20,000 pipes into then/2 with a fn run under a 256 MB heap", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-then-"));
    const file = path.join(dir, "then_chain.exs");
    fs.writeFileSync(file, "x = 1\ny = x" + " |> then(fn v -> v + 1 end)".repeat(20_000) + "\nIO.puts(y)\n");
    try {
      const r = spawnSync(process.execPath, ["--max-old-space-size=256", BIN, "run", file], { encoding: "utf8", timeout: 300_000 });
      expect(r.stderr).not.toContain("heap out of memory");
      expect(r.stdout).toBe("20001\n");
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
