// The browser library file's encoding (web/library_codec.ts): every field of every library module
// comes back as the .bbc payload had it, and the edge cases of each part.
import { describe, it, expect } from "vitest";
import { Node } from "../../vm/node.ts";
import { nodeHost } from "../../cli/host.ts";
import { libraryModulesCached } from "../../cli/lib_cache.ts";
import { writeModule, trustedModuleFromPayload, decodeModule, framePayload } from "../../vm/bytecode_file.ts";
import { BadFile } from "../../vm/bytecode_verify.ts";
import type { CompiledModule } from "../../vm/module.ts";
import { encodeCode, decodeCode, packFunctions, unpackFunctions, packImports, unpackImports, deltaLines, undoDeltaLines, packDocs, unpackDocs, textBinaries } from "../../web/library_codec.ts";
import { Bin } from "../../vm/terms.ts";

/** the JSON payload of a module's .bbc file */
function payloadOf(bytes: Uint8Array): Record<string, any> {
  const len = new DataView(bytes.buffer, bytes.byteOffset).getUint32(10);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(14, 14 + len)));
}

/** through JSON text and back, as the library file stores a field */
const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe("code words", () => {
  it("round-trips int32 words of every size and sign, in printable characters", () => {
    const words = [0, 1, -1, 44, 45, -45, 89, 90, 2024, 2025, 91124, 91125, 0x7fffffff, -0x80000000, 12345678, -7];
    const text = encodeCode(words);
    expect(text).toMatch(/^[#-[\]-~]*$/);
    expect(Array.from(decodeCode(`xx${text}yy`, 2, 2 + text.length))).toEqual(words);
    // a small word is one character
    expect(encodeCode([3, -3, 22])).toHaveLength(3);
  });

  it("refuses text that is not code", () => {
    expect(() => decodeCode('"', 0, 1)).toThrow("a bad character");
    expect(() => decodeCode(encodeCode([100000]).slice(0, 1), 0, 1)).toThrow("ends inside a number");
  });
});

describe("functions, imports, lines and docs", () => {
  it("come back field for field", () => {
    const fns = [
      { name: "f", arity: 1, entry: 0, nlocals: 2, exported: true, lambda: false, line: 10 },
      { name: "-f/1-fun-0-", arity: 2, entry: 40, nlocals: 3, exported: false, lambda: true, line: 8, funIndex: 0 },
      { name: "-f/1-fun-1-", arity: 1, entry: 52, nlocals: 1, exported: false, lambda: true, line: 9 },
      // an @file before the def names the file of its frames (lib/process.ex's register/2)
      { name: "g", arity: 2, entry: 60, nlocals: 2, exported: true, lambda: false, line: 30, file: "lib/process.ex" },
      { name: "-g/2-fun-0-", arity: 0, entry: 70, nlocals: 0, exported: false, lambda: true, line: 31, funIndex: 1, file: "lib/process.ex" },
      // a function Elixir inlines leaves no frame; a loop's frames name the function it stands for
      { name: "h", arity: 1, entry: 80, nlocals: 1, exported: false, lambda: false, line: 40, inlined: true },
      { name: "h_loop", arity: 3, entry: 90, nlocals: 3, exported: false, lambda: false, line: 41, shownAs: "h/1" },
      { name: "k", arity: 3, entry: 99, nlocals: 3, exported: false, lambda: false, line: 44, file: "lib/enum.ex", inlined: true, shownAs: "k/2" },
    ];
    expect(unpackFunctions(viaJson(packFunctions(fns)) as never)).toEqual(fns);
    expect(() => packFunctions([{ ...fns[0], extra: 1 } as never])).toThrow("fields the library file does not keep: extra");
    const imports = [{ module: "erlang", name: "+", arity: 2 }];
    expect(unpackImports(viaJson(packImports(imports)) as never)).toEqual(imports);
    expect(undoDeltaLines(viaJson(deltaLines([0, 5, 10, 3, 12, 9])))).toEqual([0, 5, 10, 3, 12, 9]);
    const docs = { moduledoc: "M", functions: [], entries: [{ kind: "macro", name: "m", arity: 0, line: 3, signature: "m()", doc: false, meta: { $m: [] } }] };
    expect(unpackDocs(viaJson(packDocs(docs as never)) as never)).toEqual(docs);
    expect(unpackDocs(viaJson(packDocs({ moduledoc: null, functions: [] })) as never)).toEqual({ moduledoc: null, functions: [] });
  });
});

describe("text binaries", () => {
  const bytesOf = (t: unknown) => Array.from((trustedModuleFromPayload({ name: "m", file: "m.ex", code: [], literals: [t], functions: [], imports: [], lines: [], attributes: [], structFields: null, docs: { moduledoc: null, functions: [] } }).literals[0] as Bin).bytes);
  const b64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));

  it("UTF-8 text becomes $s and decodes to the same bytes, a BOM included", () => {
    for (const bytes of [[], [0x68, 0x69], [0xef, 0xbb, 0xbf, 0x61], [0xce, 0xbb, 0x0a], [0]]) {
      const encoded = textBinaries({ $b: b64(bytes) });
      expect(encoded).toHaveProperty("$s");
      expect(bytesOf(viaJson(encoded))).toEqual(bytes);
    }
  });

  it("bytes that are not UTF-8, and bitstrings, stay base64", () => {
    expect(textBinaries({ $b: b64([0xff, 0x00]) })).toEqual({ $b: b64([0xff, 0x00]) });
    expect(textBinaries({ $b: b64([0x80]), $tail: 3 })).toEqual({ $b: b64([0x80]), $tail: 3 });
    expect(textBinaries([{ $T: [{ $b: b64([0x61]) }, 1] }])).toEqual([{ $T: [{ $s: "a" }, 1] }]);
  });

  it("a .bbc file may hold $s too: checked, and refused when it is not a string", () => {
    const empty = trustedModuleFromPayload({ name: "m", file: "m.ex", code: [], literals: [], functions: [], imports: [], lines: [], attributes: [], structFields: null, docs: { moduledoc: null, functions: [] } });
    const withLiteral = (lit: unknown) => {
      const p = payloadOf(writeModule(empty));
      p.literals = [lit];
      return decodeModule(framePayload(new TextEncoder().encode(JSON.stringify(p))));
    };
    const ok = withLiteral({ $s: "λ" });
    expect(ok).not.toBeInstanceOf(BadFile);
    expect(Array.from(((ok as CompiledModule).literals[0] as Bin).bytes)).toEqual([0xce, 0xbb]);
    const bad = withLiteral({ $s: 1 });
    expect(bad).toBeInstanceOf(BadFile);
    expect((bad as BadFile).reason).toContain("a bad text binary literal");
  });
});

describe("the whole library", () => {
  it("every module's payload comes back through the codec as its .bbc file has it", () => {
    const node = new Node({ ...nodeHost(), write: () => {} });
    const modules = libraryModulesCached(node);
    expect(modules.length).toBeGreaterThan(150);
    for (const m of modules) {
      const bbc = writeModule(m);
      const p = payloadOf(bbc);
      const code = encodeCode(p.code);
      const back = {
        ...p,
        code: Array.from(decodeCode(code, 0, code.length)),
        functions: unpackFunctions(viaJson(packFunctions(p.functions)) as never),
        imports: unpackImports(viaJson(packImports(p.imports)) as never),
        lines: undoDeltaLines(viaJson(deltaLines(p.lines))),
        docs: unpackDocs(viaJson(packDocs(p.docs)) as never),
        literals: viaJson(textBinaries(p.literals)),
        attributes: viaJson(textBinaries(p.attributes)),
      };
      // the decoded module writes the same .bbc file again
      expect(writeModule(trustedModuleFromPayload(back)), m.name).toEqual(bbc);
    }
  });
});
