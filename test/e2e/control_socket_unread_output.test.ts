// A release's rpc and remote shell whose peer stays connected but reads nothing of what the code
// prints: the code's writers wait for the peer (as a BEAM process waits for its remote group
// leader's replies), so the node does not buffer output without bound until its heap runs out. The
// code goes on once the peer reads, and dies with the connection when the peer leaves.
import { describe, it, expect } from "vitest";
import * as net from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run, cleanup, anemoneRelease, Background, sleep, HANG_MS } from "./helpers.ts";
import { macFor, socketPath } from "../../cli/release/wire.ts";

/** an authenticated peer that stops reading once it has sent `request` */
async function silentPeer(sockPath: string, cookie: string, request: object[]): Promise<net.Socket> {
  const sock = net.connect(sockPath);
  sock.on("error", () => {});
  sock.setEncoding("utf8");
  let buf = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no welcome")), HANG_MS);
    const onData = (d: string) => {
      buf += d;
      let i: number;
      while ((i = buf.indexOf("\n")) >= 0) {
        const m = JSON.parse(buf.slice(0, i));
        buf = buf.slice(i + 1);
        if (m.t === "challenge") sock.write(JSON.stringify({ t: "auth", mac: macFor(cookie, m.nonce) }) + "\n");
        if (m.t === "welcome") {
          sock.off("data", onData);
          sock.pause();
          sock.write(request.map((r) => JSON.stringify(r) + "\n").join(""));
          clearTimeout(timer);
          resolve();
        }
      }
    };
    sock.on("data", onData);
  });
  return sock;
}

/** code that prints 10 KB lines without end, counting them in a public ETS table named `table` */
const flood = (table: string) =>
  `:ets.new(:${table}, [:named_table, :public]); line = String.duplicate("x", 10_000); Stream.repeatedly(fn -> IO.puts(line); :ets.update_counter(:${table}, :n, 1, {:n, 0}) end) |> Stream.run()`;

describe("a release's peer that reads nothing of its output", () => {
  it("holds the rpc's and the remote shell's writers, not their output", async () => {
    const { tmp, dir, bin } = await anemoneRelease("unread");
    const rel = join(dir, "_build", "prod", "rel", "anemone");
    let node: Background | null = null;
    try {
      node = new Background(bin, ["start"], dir);
      await node.waitFor(/^count\[\]: 1\n/m);
      const cookie = readFileSync(join(rel, "releases", "COOKIE"), "utf8").trim();
      const sockPath = socketPath(rel, "anemone");
      const lines = async (table: string) => {
        const r = await run(bin, ["rpc", `IO.inspect(:ets.whereis(:${table}) != :undefined and Keyword.get(:ets.lookup(:${table}, :n), :n, 0))`], { cwd: dir });
        // (the node answers meanwhile: before, its output buffers grew until it stopped answering)
        expect(r.stdout, `rpc while ${table} floods a silent peer: ${r.stderr}`).toMatch(/^(false|\d+)\n$/);
        return r.stdout.trim() === "false" ? 0 : Number(r.stdout);
      };
      /** the count of lines printed for a silent peer comes to rest, below what its buffers hold */
      const heldAt = async (table: string) => {
        let before = -1;
        let now = await lines(table);
        for (let i = 0; now !== before; i++) {
          expect(i, `${table}: the writer never waited (${now} lines of 10 KB printed)`).toBeLessThan(40);
          await sleep(500);
          before = now;
          now = await lines(table);
        }
        // (the peer's socket buffers and the node's 64 KB: a few dozen lines of 10 KB)
        expect(now).toBeLessThan(200);
        return now;
      };

      const rpcPeer = await silentPeer(sockPath, cookie, [{ t: "rpc", code: flood("rpc_lines") }]);
      const rpcHeld = await heldAt("rpc_lines");
      // reading again lets the code go on
      rpcPeer.resume();
      for (let i = 0; (await lines("rpc_lines")) <= rpcHeld + 50; i++) {
        expect(i, "the rpc did not go on once its peer read").toBeLessThan(100);
        await sleep(100);
      }
      rpcPeer.destroy();

      const shellPeer = await silentPeer(sockPath, cookie, [{ t: "remote" }, { t: "in", data: flood("shell_lines") + "\n" }]);
      await heldAt("shell_lines");
      // leaving ends the held evaluation (its table goes with it)
      shellPeer.destroy();
      for (let i = 0; (await lines("shell_lines")) !== 0; i++) {
        expect(i, "the shell's evaluation outlived its peer").toBeLessThan(100);
        await sleep(100);
      }
      for (let i = 0; (await lines("rpc_lines")) !== 0; i++) {
        expect(i, "the rpc outlived its peer").toBeLessThan(100);
        await sleep(100);
      }
      const r = await run(bin, ["rpc", "IO.puts(1 + 1)"], { cwd: dir });
      expect(r.stdout).toBe("2\n");
      expect(node.exited).toBe(null);
      expect(node.err).not.toMatch(/TypeError|RangeError|heap|at .*\.ts:\d+/);
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  });
});
