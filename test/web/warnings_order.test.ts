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

it("compiles a script as elixir FILE.exs does: the compiler's OTP warnings in line order with the others, a struct used before the file defines it an error", async () => {
  const dir = path.join(root, "test", "web", "programs");
  for (const name of ["warnings_otp_order", "struct_defined_later"]) {
    let both = "";
    const node = await beamlet.createNode({ output: (text) => (both += text) });
    await node.run(fs.readFileSync(path.join(dir, `${name}.exs`), "utf8"), `${name}.exs`);
    node.stop();
    expect(both, name).toBe(fs.readFileSync(path.join(dir, `${name}.both`), "utf8"));
  }
});
