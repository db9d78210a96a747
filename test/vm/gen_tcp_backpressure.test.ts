// A passive socket whose program does not read stops reading from the host above a high-water
// mark (vm/bifs/tcp.ts), so a fast sender is held back by TCP instead of filling the node's
// memory; it reads again as the program takes its input, and nothing is lost.
import { describe, it, expect } from "vitest";
import { Node } from "../../vm/node.ts";
import { runScriptOn } from "./exits.model.ts";
import { nodeNet } from "../../cli/host_net.ts";
import type { NetHost, NetSocket } from "../../vm/net_host.ts";

/** Node's net, counting the pauses and resumes of the sockets it hands out */
function countingNet(): { net: NetHost; counts: { pause: number; resume: number } } {
  const inner = nodeNet();
  const counts = { pause: 0, resume: 0 };
  const wrap = (s: NetSocket): NetSocket => ({
    ...s,
    pause: () => (counts.pause++, s.pause()),
    resume: () => (counts.resume++, s.resume()),
  });
  const net: NetHost = {
    watch: (b) => inner.watch?.(b),
    listen: (opts, onConnection) => inner.listen(opts, (s) => onConnection(wrap(s))),
    connect: (opts, events) => inner.connect(opts, events).then(wrap),
  };
  return { net, counts };
}

describe(":gen_tcp flow control", () => {
  it("pauses a passive socket holding more than it was asked for, and resumes as it is read", async () => {
    const { net, counts } = countingNet();
    const src = `
{:ok, l} = :gen_tcp.listen(0, [:binary, active: false])
{:ok, port} = :inet.port(l)
{:ok, c} = :gen_tcp.connect({127, 0, 0, 1}, port, [:binary, active: false])
{:ok, s} = :gen_tcp.accept(l)
chunk = :binary.copy("x", 65536)
for _ <- 1..32, do: :ok = :gen_tcp.send(c, chunk)
# the reader waits for the writer's bytes to pile up before it reads them all
Process.sleep(300)
read = fn read, n -> if n >= 32 * 65536, do: n, else: (case :gen_tcp.recv(s, 0) do {:ok, d} -> read.(read, n + byte_size(d)) end) end
IO.puts(read.(read, 0))
`;
    const r = await runScriptOn((host) => new Node({ ...host, net }), src, 60000);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`${32 * 65536}\n`);
    expect(counts.pause).toBeGreaterThan(0);
    expect(counts.resume).toBeGreaterThan(0);
  });
});
