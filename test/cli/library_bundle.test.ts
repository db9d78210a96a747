// The library cache's bundle (cli/library_bundle.ts): every module comes back whole, its docs and
// line table read only when asked for, its superinstructions taken from the bundle instead of
// fused at its first interpretation, a bundle cut short or with a broken index is refused and a
// part of a module (code, docs, lines, superinstructions) whose bytes changed does not decode.
import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Node } from "../../vm/node.ts";
import { nodeHost } from "../../cli/host.ts";
import { libraryModulesCached } from "../../cli/lib_cache.ts";
import { bundleBytes, readBundleFile, decodeEntry } from "../../cli/library_bundle.ts";
import { writeModule, encodeDocs } from "../../vm/bytecode_file.ts";
import { ModuleVersion, funUniqOf, type CompiledModule } from "../../vm/module.ts";
import { libraryFunUniq } from "../../compiler/library_funs.ts";
import { fuse } from "../../vm/superinstructions.ts";

let lib: CompiledModule[] = [];
let dir = "";

beforeAll(() => {
  lib = libraryModulesCached(new Node(nodeHost())).filter((m) => ["Elixir.Enum", "Elixir.Kernel", "Elixir.Exception", "lists"].includes(m.name));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-bundle-"));
});

function written(name: string, bytes: Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

/** the bundle with its docs of `module` overwritten by a byte that is not JSON */
function withBadDocs(module: string): Buffer {
  const b = bundleBytes(lib);
  const entry = readBundleFile(written("probe.bundle", b))!.find((e) => e.name === module)!;
  b[entry.offset + entry.length] = 0x7b ^ 0xff;
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
      // by value: a freshly compiled module's binaries are slices of a bigger buffer, decoded ones are not
      expect(encodeDocs(m.docs)).toEqual(encodeDocs(lib[i].docs));
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

  it("keeps each module's superinstructions: the code the interpreter runs is fuse's, read from the bundle", () => {
    const b = bundleBytes(lib);
    const entries = readBundleFile(written("fused.bundle", b))!;
    for (const e of entries) {
      const m = decodeEntry(e);
      const x = new ModuleVersion(m).xcode;
      expect(Array.from(x), e.name).toEqual(Array.from(fuse(m.code, m.literals, m.functions.map((f) => f.entry))));
      expect(x.some((op, pc) => op !== m.code[pc])).toBe(true);
    }
    // read, not fused again: a changed byte of Enum's part does not decode
    const en = entries.find((e) => e.name === "Elixir.Enum")!;
    const bad = Buffer.from(b);
    bad[en.offset + en.length + en.docsLength + en.linesLength + 5] ^= 1;
    const m = decodeEntry(readBundleFile(written("bad_fused.bundle", bad))!.find((e) => e.name === "Elixir.Enum")!);
    expect(m.functions.length).toBeGreaterThan(100);
    expect(() => new ModuleVersion(m).xcode).toThrow(/does not decode/);
  });

  it("keeps each module's fun uniq: a version of a module read from it does not hash its code", () => {
    const entries = readBundleFile(written("uniq.bundle", bundleBytes(lib)))!;
    for (const e of entries) {
      const m = decodeEntry(e);
      // (Elixir's own uniq where its module has funs: compiler/library_funs.ts)
      const uniq = libraryFunUniq(m.name) ?? funUniqOf(m.name, m.code, m.literals);
      expect(m.funUniq, e.name).toBe(uniq);
      // (a version whose code reads as something else shows the kept one: it hashed none)
      const v = new ModuleVersion({ ...m, code: m.code.map(() => 0) });
      expect(v.funUniq, e.name).toBe(uniq);
      expect(new ModuleVersion({ ...m, code: m.code.map(() => 0), funUniq: undefined }).funUniq).not.toBe(uniq);
    }
  });

  it("refuses a bundle cut short, longer or with a broken index, and a part of a module whose bytes changed", () => {
    const b = bundleBytes(lib);
    expect(readBundleFile(written("short.bundle", b.subarray(0, b.length - 1000)))).toBeNull();
    expect(readBundleFile(written("long.bundle", Buffer.concat([b, Buffer.from([0])])))).toBeNull();
    const badIndex = Buffer.from(b);
    badIndex[4] ^= 0xff;
    expect(readBundleFile(written("bad_index.bundle", badIndex))).toBeNull();
    const entries = readBundleFile(written("good.bundle", b))!;
    const kernel = entries.find((e) => e.name === "Elixir.Kernel")!;
    const flipped = Buffer.from(b);
    flipped[kernel.offset + Math.floor(kernel.length / 2)] ^= 1;
    const read = readBundleFile(written("flipped.bundle", flipped))!;
    expect(() => decodeEntry(read.find((e) => e.name === "Elixir.Kernel")!)).toThrow(/does not decode/);
    expect(decodeEntry(read.find((e) => e.name === "Elixir.Enum")!).name).toBe("Elixir.Enum");
    // a line number changed: the module decodes, its line table does not
    const enumEntry = entries.find((e) => e.name === "Elixir.Enum")!;
    const badLine = Buffer.from(b);
    badLine[enumEntry.offset + enumEntry.length + enumEntry.docsLength + 3] ^= 1;
    const m = decodeEntry(readBundleFile(written("bad_line.bundle", badLine))!.find((e) => e.name === "Elixir.Enum")!);
    expect(() => m.lines).toThrow(/does not decode/);
  });
});
