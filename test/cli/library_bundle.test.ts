// The library cache's bundle (cli/library_bundle.ts): every module comes back whole, its docs and
// line table read only when asked for, and a bundle whose bytes changed is refused.
import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";
import { Node } from "../../vm/node.ts";
import { nodeHost } from "../../cli/host.ts";
import { libraryModulesCached } from "../../cli/lib_cache.ts";
import { bundleBytes, readBundleFile, decodeEntry } from "../../cli/library_bundle.ts";
import { writeModule } from "../../vm/bytecode_file.ts";
import type { CompiledModule } from "../../vm/module.ts";

let lib: CompiledModule[] = [];
let dir = "";

beforeAll(() => {
  lib = libraryModulesCached(new Node(nodeHost())).filter((m) => ["Elixir.Enum", "Elixir.Kernel", "Elixir.Exception", "lists"].includes(m.name));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-bundle-"));
}, 120_000);

function written(name: string, bytes: Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

/** the bundle with its docs of `module` overwritten by a byte that is not JSON, its digest made right again */
function withBadDocs(module: string): Buffer {
  const b = bundleBytes(lib);
  const entry = readBundleFile(written("probe.bundle", b))!.find((e) => e.name === module)!;
  b[entry.offset + entry.length] = 0x7b ^ 0xff;
  const body = b.subarray(0, b.length - 20);
  createHash("sha1").update(body).digest().copy(b, b.length - 20);
  return b;
}

describe("the library bundle", () => {
  it("gives back every module as compiled: code, literals, docs and line table", () => {
    const entries = readBundleFile(written("whole.bundle", bundleBytes(lib)))!;
    expect(entries.map((e) => e.name)).toEqual(lib.map((m) => m.name));
    entries.forEach((e, i) => {
      const m = decodeEntry(e);
      expect(m.file).toBe(lib[i].file);
      expect(m.lines).toEqual(lib[i].lines);
      expect(m.docs).toEqual(lib[i].docs);
      expect(Buffer.from(writeModule(m))).toEqual(Buffer.from(writeModule(lib[i])));
    });
    expect(lib.find((m) => m.name === "Elixir.Enum")!.docs.entries?.length).toBeGreaterThan(50);
  });

  it("decodes a module without reading its docs: only asking for them reads them", () => {
    const e = readBundleFile(written("bad_docs.bundle", withBadDocs("Elixir.Enum")))!.find((x) => x.name === "Elixir.Enum")!;
    const m = decodeEntry(e);
    expect(m.functions.some((f) => f.name === "map" && f.arity === 2)).toBe(true);
    expect(m.lines).toEqual(lib.find((x) => x.name === "Elixir.Enum")!.lines);
    expect(() => m.docs).toThrow();
  });

  it("refuses a bundle whose bytes changed or that is cut short", () => {
    const b = bundleBytes(lib);
    const flipped = Buffer.from(b);
    flipped[Math.floor(b.length / 2)] ^= 1;
    expect(readBundleFile(written("flipped.bundle", flipped))).toBeNull();
    expect(readBundleFile(written("short.bundle", b.subarray(0, b.length - 1000)))).toBeNull();
    expect(readBundleFile(written("good.bundle", b))).not.toBeNull();
  });
});
