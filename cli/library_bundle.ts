// The library cache's file: every module of lib/ in one bundle, read module by module at first use.
//
// An entry is: u32 header length, the header (UTF-8 JSON [module name, source file, docs length,
// line table length]), u32 object file length, the module's .bbc bytes without its docs and line
// table, then the docs (JSON, as in a .bbc) and the line table (big-endian int32 pairs). The file
// ends with the SHA-1 of all that precedes it.
// Docs and lines are apart so a module's first use parses only its code: raising the first
// exception decodes Enum, Kernel and Exception, whose docs are a quarter of their bytes and which
// nothing reads unless h/1 or Code.fetch_docs asks (lines: only when a stack trace names them).
import * as fs from "node:fs";
import { createHash } from "node:crypto";
import { readTrustedModule, writeModule, encodeDocs, decodeDocs } from "../vm/bytecode_file.ts";
import type { CompiledModule } from "../vm/module.ts";

/** part of the cache's name: a bundle of another layout is another file */
export const BUNDLE_FORMAT = "bundle 3: [name, file, docs, lines] headers, docs and lines apart, SHA-1 trailer";

const DIGEST_BYTES = 20;

/**
 * a module of a bundle, not decoded yet: where its parts are in the bundle, read again when it is
 * first used (most modules never are, and holding the whole bundle was 3 MB of every run's memory)
 */
export interface BundleEntry {
  name: string;
  file: string;
  /** the bundle, open for the whole run: its bytes cannot change under it (a new cache is a new
   *  file, renamed into place; a removed one stays readable through the descriptor) */
  fd: number;
  offset: number;
  length: number;
  docsLength: number;
  linesLength: number;
}

/** the entries of a bundle, or null when it is not a whole bundle of this format (its digest
 *  checked: the file is read through one window, so the whole bundle is never held) */
export function readBundleFile(file: string): BundleEntry[] | null {
  let fd = -1;
  try {
    fd = fs.openSync(file, "r");
    const size = fs.fstatSync(fd).size;
    if (size < DIGEST_BYTES || !digestMatches(fd, size)) return closed(fd);
    const end = size - DIGEST_BYTES;
    const entries: BundleEntry[] = [];
    let buf = Buffer.allocUnsafe(1 << 16);
    let bufAt = 0, bufLen = 0;
    // a part read is valid until the next read
    const read = (at: number, n: number): Buffer | null => {
      if (at + n > end) return null;
      if (at < bufAt || at + n > bufAt + bufLen) {
        if (n > buf.length) buf = Buffer.allocUnsafe(n);
        const want = Math.min(buf.length, end - at);
        if (fs.readSync(fd, buf, 0, want, at) !== want) return null;
        bufAt = at;
        bufLen = want;
      }
      return buf.subarray(at - bufAt, at - bufAt + n);
    };
    let off = 0;
    while (off < end) {
      const hlen = read(off, 4)?.readUInt32BE(0);
      const header = hlen === undefined ? null : read(off + 4, hlen);
      if (header === null) return closed(fd);
      const [name, src, docsLength, linesLength] = JSON.parse(header.toString("utf8")) as unknown[];
      off += 4 + hlen!;
      const len = read(off, 4)?.readUInt32BE(0);
      if (typeof name !== "string" || typeof src !== "string" || len === undefined || !isLength(docsLength) || !isLength(linesLength)) return closed(fd);
      const entry: BundleEntry = { name, file: src, fd, offset: off + 4, length: len, docsLength, linesLength };
      off += 4 + len + docsLength + linesLength;
      if (off > end) return closed(fd);
      entries.push(entry);
    }
    return entries;
  } catch {
    return fd >= 0 ? closed(fd) : null;
  }
}

const isLength = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0;

function digestMatches(fd: number, size: number): boolean {
  const h = createHash("sha1");
  const buf = Buffer.allocUnsafe(1 << 16);
  const end = size - DIGEST_BYTES;
  for (let at = 0; at < end; ) {
    const n = fs.readSync(fd, buf, 0, Math.min(buf.length, end - at), at);
    if (n <= 0) return false;
    h.update(buf.subarray(0, n));
    at += n;
  }
  const stored = Buffer.allocUnsafe(DIGEST_BYTES);
  return fs.readSync(fd, stored, 0, DIGEST_BYTES, end) === DIGEST_BYTES && h.digest().equals(stored);
}

function closed(fd: number): null {
  fs.closeSync(fd);
  return null;
}

function readPart(e: BundleEntry, at: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  if (fs.readSync(e.fd, bytes, 0, length, at) !== length) throw new Error(`beamlet: the library cache's ${e.name} does not decode`);
  return bytes;
}

/** the module of an entry; its docs and line table are read from the bundle when first asked for */
export function decodeEntry(e: BundleEntry): CompiledModule {
  // (the checksum is checked again: bytes that changed since start-up do not decode)
  const m = readTrustedModule(readPart(e, e.offset, e.length));
  if (m === null || m.name !== e.name) throw new Error(`beamlet: the library cache's ${e.name} does not decode`);
  let docs: CompiledModule["docs"] | undefined;
  let lines: number[] | undefined;
  const docsAt = e.offset + e.length;
  Object.defineProperty(m, "docs", {
    enumerable: true,
    get: () => (docs ??= decodeDocs(JSON.parse(new TextDecoder().decode(readPart(e, docsAt, e.docsLength))), true)),
    set: (d: CompiledModule["docs"]) => void (docs = d),
  });
  Object.defineProperty(m, "lines", {
    enumerable: true,
    get: () => (lines ??= linesFrom(readPart(e, docsAt + e.docsLength, e.linesLength))),
    set: (l: number[]) => void (lines = l),
  });
  return m;
}

function linesFrom(bytes: Uint8Array): number[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Array<number>(bytes.length >> 2);
  for (let i = 0; i < out.length; i++) out[i] = dv.getInt32(4 * i);
  return out;
}

/** the bundle's bytes for these modules */
export function bundleBytes(modules: CompiledModule[]): Buffer {
  const parts: Buffer[] = [];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  for (const m of modules) {
    const docs = Buffer.from(JSON.stringify(encodeDocs(m.docs)));
    const lines = Buffer.alloc(4 * m.lines.length);
    m.lines.forEach((x, i) => lines.writeInt32BE(x, 4 * i));
    const header = Buffer.from(JSON.stringify([m.name, m.file, docs.length, lines.length]));
    const code = writeModule({ ...m, docs: { moduledoc: null, functions: [] }, lines: [] });
    parts.push(u32(header.length), header, u32(code.length), Buffer.from(code), docs, lines);
  }
  const body = Buffer.concat(parts);
  return Buffer.concat([body, createHash("sha1").update(body).digest()]);
}
