// A built-in called last keeps its caller's frame on the BEAM (vm/tail_calls.ts). In the browser
// build its first call may have to wait for the page to fetch its group (web/bifs.ts): the call
// made again then must be made as the first was, by a static import, not by name (which would drop
// the frame). Its own file: the groups load once per module instance, and vitest gives each file
// its own, so no other test has loaded :ets here first. Golden from real elixir
// (scripts/regen-playground-goldens.sh).
import { it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as Api from "../../web/beamlet.d.ts";
import { ROOT as root, loadWebBuild } from "./web_build.ts";

let beamlet: typeof Api;

beforeAll(async () => {
  beamlet = await loadWebBuild();
});

it("keeps the caller's frame under a built-in called last whose code had to be fetched first", async () => {
  const dir = path.join(root, "test", "web", "programs");
  const out = { stdout: "", stderr: "" };
  const node = await beamlet.createNode({ output: (text, stream) => (out[stream] += text) });
  const r = await node.run(fs.readFileSync(path.join(dir, "lazy_bif_tail.exs"), "utf8"), "lazy_bif_tail.exs");
  node.stop();
  expect(r.status).toBe("ok");
  expect(out.stdout).toBe(fs.readFileSync(path.join(dir, "lazy_bif_tail.out"), "utf8"));
});
