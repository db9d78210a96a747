// Each playground example prints on the page's node what real Elixir prints for it (goldens from
// scripts/regen-playground-goldens.sh, with NAME.in as standard input), through the embedding
// API's run, as Run does.
import { it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as Api from "../../web/beamlet.d.ts";
import { ROOT as root, loadWebBuild } from "./web_build.ts";
// @ts-expect-error: a plain .mjs module shared with the golden generator
import { mask } from "../conformance/mask.mjs";

const dir = path.join(root, "web", "playground", "examples");
let beamlet: typeof Api;

beforeAll(async () => {
  beamlet = await loadWebBuild();
});

const examples = fs.readdirSync(dir).filter((f) => f.endsWith(".exs") && f !== "endless_loop.exs");

it("every example but the endless loop has a golden", () => {
  expect(examples.length).toBe(6);
  for (const f of examples) expect(fs.existsSync(path.join(dir, f.replace(/\.exs$/, ".out"))), f).toBe(true);
});

for (const f of examples) {
  it(`${f} prints what elixir prints`, async () => {
    let stdout = "";
    // NAME.in is the example's standard input, as the golden was made with it
    const inFile = path.join(dir, f.replace(/\.exs$/, ".in"));
    const input = fs.existsSync(inFile) ? fs.readFileSync(inFile, "utf8") : "";
    const node = await beamlet.createNode({ input, output: (text, stream) => { if (stream === "stdout") stdout += text; } });
    const r = await node.run(fs.readFileSync(path.join(dir, f), "utf8"), f);
    node.stop();
    expect(r.status).toBe("ok");
    expect(mask(stdout)).toBe(mask(fs.readFileSync(path.join(dir, f.replace(/\.exs$/, ".out")), "utf8")));
  });
}
