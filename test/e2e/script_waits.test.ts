// A script whose processes all wait forever keeps waiting, as `elixir` does (it used to exit
// silently with status 13 once nothing was pending in the JS event loop).
import { it, expect } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, tempDir, cleanup, Background, sleep } from "./helpers.ts";

it("a script blocked in receive with nothing pending keeps running", async () => {
  const tmp = tempDir("waits");
  const file = join(tmp, "waits.exs");
  writeFileSync(file, 'spawn(fn -> receive do: (:never -> :ok) end)\nIO.puts("waiting")\nreceive do\n  :never -> :ok\nend\n');
  const node = new Background(process.execPath, [BIN, "run", file], tmp);
  try {
    await node.waitFor(/^waiting\n/);
    // nothing is pending (no timers, no I/O): the process must still be there a while later
    await sleep(1500);
    expect(node.exited).toBe(null);
  } finally {
    node.kill();
    cleanup(tmp);
  }
});
