// The browser build loads the BIF groups of vm/bifs/lazy_groups.ts on their first call
// (web/bifs.ts): beamlet.js does not import their code, and a program calling them (from several
// processes at once, from macros at compile time) prints what real Elixir prints for it
// (test/web/programs/lazy_bifs.out, scripts/regen-playground-goldens.sh).
import { it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as Api from "../../web/beamlet.d.ts";
import { ROOT as root, loadWebBuild } from "./web_build.ts";
// @ts-expect-error: a plain .mjs module shared with the golden generator
import { mask } from "../conformance/mask.mjs";

let beamlet: typeof Api;

beforeAll(async () => {
  beamlet = await loadWebBuild();
});

it("leaves the lazily loaded BIF groups out of what beamlet.js imports at start", () => {
  const meta = JSON.parse(fs.readFileSync(path.join(root, "dist", "web", "beamlet.meta.json"), "utf8")) as {
    outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
  };
  const byName = new Map(Object.entries(meta.outputs).map(([f, o]) => [f.split("/").pop()!, o]));
  const atStart = new Set<string>();
  const visit = (name: string) => {
    if (atStart.has(name)) return;
    atStart.add(name);
    for (const i of byName.get(name)!.imports) if (i.kind === "import-statement") visit(i.path.split("/").pop()!);
  };
  visit("beamlet.js");
  const inputsAtStart = new Set([...atStart].flatMap((f) => Object.keys(byName.get(f)!.inputs)));
  const groups = fs.readFileSync(path.join(root, "vm", "bifs", "lazy_groups.ts"), "utf8");
  const lazyFiles = [...groups.matchAll(/import\("\.\/([a-z_]+\.ts)"\)/g)].map((m) => `vm/bifs/${m[1]}`);
  expect(lazyFiles.length).toBeGreaterThanOrEqual(8);
  // and the browser build's own groups (web/bif_groups.ts): File's, Path's and System's BIFs
  const webGroups = fs.readFileSync(path.join(root, "web", "bif_groups.ts"), "utf8");
  const webLazyFiles = [...webGroups.matchAll(/import\("\.\.\/vm\/bifs\/([a-z_]+\.ts)"\)/g)].map((m) => `vm/bifs/${m[1]}`);
  expect(webLazyFiles).toContain("vm/bifs/files.ts");
  for (const f of [...lazyFiles, ...webLazyFiles, "vm/bifs/file_arg_frames_data.ts", "vm/digests/sha2.ts", "vm/bifs/rand_normal_tables.ts", "vm/ets/table.ts"]) expect(inputsAtStart.has(f), f).toBe(false);
  // and Node's index imports each of them at start
  const index = fs.readFileSync(path.join(root, "vm", "bifs", "index.ts"), "utf8");
  for (const f of lazyFiles) expect(index, f).toContain(`import "./${path.basename(f)}";`);
});

it("runs a program calling every lazily loaded group as elixir does", async () => {
  const dir = path.join(root, "test", "web", "programs");
  const out = { stdout: "", stderr: "" };
  const node = await beamlet.createNode({ output: (text, stream) => (out[stream] += text) });
  const r = await node.run(fs.readFileSync(path.join(dir, "lazy_bifs.exs"), "utf8"), "lazy_bifs.exs");
  node.stop();
  expect(out.stderr).toBe("");
  expect(r.status).toBe("ok");
  expect(mask(out.stdout)).toBe(mask(fs.readFileSync(path.join(dir, "lazy_bifs.out"), "utf8")));
});
