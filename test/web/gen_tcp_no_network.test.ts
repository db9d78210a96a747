// A page has no sockets: :gen_tcp and :gen_udp on the browser build (whose host has no `net`)
// answer {:error, :eafnosupport} for listen, connect and open, and :inet's address functions still work.
import { describe, it, expect, beforeAll } from "vitest";
import type * as Api from "../../web/beamlet.d.ts";
import { loadWebBuild } from "./web_build.ts";

let beamlet: typeof Api;

beforeAll(async () => {
  beamlet = await loadWebBuild();
});

describe(":gen_tcp without a network", () => {
  it("answers {:error, :eafnosupport} and keeps :inet's address text", async () => {
    let stderr = "";
    const node = await beamlet.createNode({ output: (text, stream) => void (stream === "stderr" && (stderr += text)) });
    expect(await node.run(`{:gen_tcp.listen(0, [:binary]), :gen_tcp.connect('localhost', 80, []), :gen_udp.open(0)}`)).toEqual({
      status: "ok",
      value: "{{:error, :eafnosupport}, {:error, :eafnosupport}, {:error, :eafnosupport}}",
    });
    expect(await node.run(`{:inet.ntoa({0, 0, 0, 0, 0, 0, 0, 1}), :inet.parse_address('10.0.0.1'), Port.list()}`)).toEqual({
      status: "ok",
      value: "{'::1', {:ok, {10, 0, 0, 1}}, []}",
    });
    expect(stderr).toBe("");
    node.stop();
  });
});
