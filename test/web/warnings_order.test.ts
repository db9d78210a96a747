// A script's warnings come when `elixir FILE.exs` prints them: the top level's before it runs, a
// module's when the module is defined, the file's (an undefined remote function, ...) once it has
// run; stdout and stderr interleaved as real elixir prints them (NAME.both, from
// scripts/regen-playground-goldens.sh).
import { it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as Api from "../../web/beamlet.d.ts";
import { ROOT as root, loadWebBuild } from "./web_build.ts";

let beamlet: typeof Api;

beforeAll(async () => {
  beamlet = await loadWebBuild();
});

it("prints a script's warnings where elixir does", async () => {
  const dir = path.join(root, "test", "web", "programs");
  let both = "";
  const node = await beamlet.createNode({ output: (text) => (both += text) });
  const r = await node.run(fs.readFileSync(path.join(dir, "warnings_order.exs"), "utf8"), "warnings_order.exs");
  node.stop();
  expect(r.status).toBe("ok");
  expect(both).toBe(fs.readFileSync(path.join(dir, "warnings_order.both"), "utf8"));
});
