// File.ls/:file.list_dir and File.rm_rf list a folder in the order the file system keeps it, as
// OTP does (readdir order), not sorted: Node's readdirSync sorts, so the runtime reads the folder
// through opendir. The order expected here is read the same raw way by the test.
import { describe, it, expect, afterAll } from "vitest";
import { mkdirSync, opendirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, cleanup, tempDir } from "../e2e/helpers.ts";

const NAMES = ["10", "2", "a", "alpha", "b", "c", "mid", "zeta"];

function rawOrder(dir: string): string[] {
  const d = opendirSync(dir);
  const names: string[] = [];
  for (let e = d.readSync(); e !== null; e = d.readSync()) names.push(e.name);
  d.closeSync();
  return names;
}

describe("a folder's listing order", () => {
  const tmp = tempDir("dir-order");
  afterAll(() => cleanup(tmp));

  it("is the file system's, for File.ls!, :file.list_dir and File.rm_rf!", async () => {
    const dir = join(tmp, "d");
    mkdirSync(join(dir, "sub"), { recursive: true });
    for (const n of NAMES) writeFileSync(join(dir, n), n);
    for (const n of NAMES) writeFileSync(join(dir, "sub", n), n);
    const top = rawOrder(dir), sub = rawOrder(join(dir, "sub"));
    // (a file system that keeps names sorted could not tell the two apart)
    expect(top).not.toEqual([...top].sort());
    const script = join(tmp, "ls.exs");
    writeFileSync(script, `IO.puts Enum.join(File.ls!("d"), " ")
{:ok, names} = :file.list_dir(~c"d/sub")
IO.puts Enum.join(names, " ")
IO.puts File.rm_rf!("d") |> Enum.map(&Path.relative_to(&1, File.cwd!())) |> Enum.join(" ")
`);
    const r = await beamlet(["run", "ls.exs"], { cwd: tmp });
    expect(r.stderr).toBe("");
    const walk = (d: string, names: string[], inner: string[]): string[] =>
      [d, ...names.flatMap((n) => n === "sub" ? walk(`${d}/sub`, inner, []) : [`${d}/${n}`])];
    expect(r.stdout).toBe(`${top.join(" ")}\n${sub.join(" ")}\n${walk("d", top, sub).join(" ")}\n`);
  });
});
