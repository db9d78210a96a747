// The library cache's file: every module of lib/ in one bundle, read module by module at first use.
//
// The file is: u32 index length, the index (UTF-8 JSON [[module name, source file, its funs' uniq
// (vm/module.ts funUniqOf), [length, digest] of the object file, of the docs, of the line table,
// of the superinstructions], ...]), then for
// each module in the index's order its .bbc bytes without docs and line table, its docs (JSON, as
// in a .bbc), its line table (big-endian int32 pairs) and its code with vm/superinstructions.ts's
// superinstructions (int32 words in the byte order of the machine that wrote it: the cache is the
// machine's own). A digest is cli/digest.ts's of the part.
// Docs and lines are apart so a module's first use parses only its code: raising the first
// exception decodes Enum, Kernel and Exception, whose docs are a quarter of their bytes and which
// nothing reads unless h/1 or Code.fetch_docs asks (lines: only when a stack trace names them).
// The index is at the front so a start reads only it; nothing hashes the whole file at start-up:
// a part is checked against its digest when it is read (cli/digest.ts: the object file's own
// checksum, a loop in JavaScript, was hot enough at start-up for V8 to optimize it), and a file of
// another size than its index says is refused.
import * as fs from "node:fs";
import { digest } from "./digest.ts";
import { readTrustedModule, writeModule, encodeDocs, decodeDocs } from "../vm/bytecode_file.ts";
import { funUniqOf, type CompiledModule } from "../vm/module.ts";
import { fuse } from "../vm/superinstructions.ts";

/** part of the cache's name: a bundle of another layout is another file */
export const BUNDLE_FORMAT = "bundle 9: index [name, file, fun uniq (of code and literals), [length, digest] of code, docs, lines, fused code] first, docs, lines and fused code apart";

/**
 * a module of a bundle, not decoded yet: where its parts are in the bundle, read again when it is
 * first used (most modules never are, and holding the whole bundle was 3 MB of every run's memory)
 */
export interface BundleEntry {
  name: string;
  file: string;
  /** vm/module.ts funUniqOf of its name, code and literals */
  funUniq: number;
  /** the bundle, open for the whole run: its bytes cannot change under it (a new cache is a new
   *  file, renamed into place; a removed one stays readable through the descriptor) */
  fd: number;
  offset: number;
  length: number;
  docsLength: number;
  linesLength: number;
  fusedLength: number;
  /** of the object file, the docs, the line table and the superinstructions */
  digests: [string, string, string, string];
}

/** the entries of a bundle, or null when it is not a whole bundle of this format (only its index
 *  is read) */
export function readBundleFile(file: string): BundleEntry[] | null {
  let fd = -1;
  try {
    fd = fs.openSync(file, "r");
    const size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(4);
    if (size < 4 || fs.readSync(fd, head, 0, 4, 0) !== 4) return closed(fd);
    const indexLength = head.readUInt32BE(0);
    if (4 + indexLength > size) return closed(fd);
    const indexBytes = Buffer.alloc(indexLength);
    if (fs.readSync(fd, indexBytes, 0, indexLength, 4) !== indexLength) return closed(fd);
    const index = JSON.parse(indexBytes.toString("utf8")) as unknown;
    if (!Array.isArray(index)) return closed(fd);
    const entries: BundleEntry[] = [];
    let off = 4 + indexLength;
    for (const row of index) {
      if (!Array.isArray(row)) return closed(fd);
      const [name, src, funUniq, ...parts] = row as unknown[];
      // (the parts checked in one expression, not by a function called for each: 1,100 calls at
      // every start-up got that function optimized, test/cli/startup_optimizing.test.ts)
      if (typeof name !== "string" || typeof src !== "string" || typeof funUniq !== "number" || !Number.isInteger(funUniq) || parts.length !== 4) return closed(fd);
      for (let i = 0; i < 4; i++) {
        const x = parts[i] as unknown[];
        if (!Array.isArray(x) || x.length !== 2 || typeof x[0] !== "number" || !Number.isInteger(x[0]) || x[0] < 0 || typeof x[1] !== "string") return closed(fd);
      }
      const [[length, d0], [docsLength, d1], [linesLength, d2], [fusedLength, d3]] = parts as [number, string][];
      entries.push({ name, file: src, funUniq, fd, offset: off, length, docsLength, linesLength, fusedLength, digests: [d0, d1, d2, d3] });
      off += length + docsLength + linesLength + fusedLength;
    }
    return off === size ? entries : closed(fd);
  } catch {
    return fd >= 0 ? closed(fd) : null;
  }
}

function closed(fd: number): null {
  fs.closeSync(fd);
  return null;
}

/** part `i` of an entry (0: object file, 1: docs, 2: line table, 3: superinstructions), its digest checked */
function readPart(e: BundleEntry, i: 0 | 1 | 2 | 3): Uint8Array {
  const at = e.offset + (i > 0 ? e.length : 0) + (i > 1 ? e.docsLength : 0) + (i > 2 ? e.linesLength : 0);
  const length = [e.length, e.docsLength, e.linesLength, e.fusedLength][i];
  const bytes = new Uint8Array(length);
  if (fs.readSync(e.fd, bytes, 0, length, at) !== length || digest(bytes) !== e.digests[i]) throw new Error(`beamlet: the library cache's ${e.name} does not decode`);
  return bytes;
}

/** the module of an entry; its docs and line table are read from the bundle when first asked for */
export function decodeEntry(e: BundleEntry): CompiledModule {
  const m = readTrustedModule(readPart(e, 0), false);
  if (m === null || m.name !== e.name) throw new Error(`beamlet: the library cache's ${e.name} does not decode`);
  m.funUniq = e.funUniq;
  let docs: CompiledModule["docs"] | undefined;
  let lines: number[] | undefined;
  Object.defineProperty(m, "docs", {
    enumerable: true,
    get: () => (docs ??= decodeDocs(JSON.parse(new TextDecoder().decode(readPart(e, 1))), true)),
    set: (d: CompiledModule["docs"]) => void (docs = d),
  });
  Object.defineProperty(m, "lines", {
    enumerable: true,
    get: () => (lines ??= linesFrom(readPart(e, 2))),
    set: (l: number[]) => void (lines = l),
  });
  // (fusing a big module at its first interpretation was most of a first raise's time in Enum:
  // 13,000 words walked twice by cold code)
  m.fused = () => fusedFrom(m, readPart(e, 3));
  return m;
}

/** m's code with superinstructions, as its bundle part holds it (int32 words in the host's byte
 *  order, read in place: no loop at start-up, where every module the boot interprets needs it);
 *  fuse's own when the part does not fit the code */
function fusedFrom(m: CompiledModule, bytes: Uint8Array): Int32Array {
  if (bytes.length !== 4 * m.code.length || bytes.byteOffset % 4 !== 0) return fuse(m.code, m.literals, m.functions.map((f) => f.entry));
  return new Int32Array(bytes.buffer, bytes.byteOffset, m.code.length);
}

function linesFrom(bytes: Uint8Array): number[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Array<number>(bytes.length >> 2);
  for (let i = 0; i < out.length; i++) out[i] = dv.getInt32(4 * i);
  return out;
}

/** m's code with superinstructions (fuse's), as the bundle keeps it */
function fusedBytes(m: CompiledModule): Buffer {
  const fused = fuse(m.code, m.literals, m.functions.map((f) => f.entry));
  return Buffer.from(fused.buffer, fused.byteOffset, fused.byteLength);
}

/** the bundle's bytes for these modules */
export function bundleBytes(modules: CompiledModule[]): Buffer {
  const index: [string, string, number, ...[number, string][]][] = [];
  const parts: Buffer[] = [];
  for (const m of modules) {
    const docs = Buffer.from(JSON.stringify(encodeDocs(m.docs)));
    const lines = Buffer.alloc(4 * m.lines.length);
    m.lines.forEach((x, i) => lines.writeInt32BE(x, 4 * i));
    const code = Buffer.from(writeModule({ ...m, docs: { moduledoc: null, functions: [] }, lines: [] }));
    const fused = fusedBytes(m);
    index.push([m.name, m.file, m.funUniq ?? funUniqOf(m.name, m.code, m.literals), ...[code, docs, lines, fused].map((b): [number, string] => [b.length, digest(b)])]);
    parts.push(code, docs, lines, fused);
  }
  const indexBytes = Buffer.from(JSON.stringify(index));
  const head = Buffer.alloc(4);
  head.writeUInt32BE(indexBytes.length);
  return Buffer.concat([head, indexBytes, ...parts]);
}
