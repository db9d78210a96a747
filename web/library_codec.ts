// How the browser build's library file (dist/web/beamlet-library.js) stores each module's .bbc
// payload fields, smaller under gzip than the payload's own JSON: written at build time by
// web/build/precompile_library.ts, read back by web/embed.ts when a module is first used.
//   code       the words as variable-length numbers in printable characters (one for most words)
//   functions  rows [name, arity, entry - previous entry, nlocals, flags, line - previous line,
//              funIndex when it has one (null when only a file follows), file when an @file set it]
//   imports    rows [module, name, arity]
//   lines      [pc, line] pairs as differences from the previous pair
//   docs       entries as rows [kind, name, arity, line, signature, doc, meta]
//   literals   UTF-8 binaries as {$s: text} (vm/bytecode_file.ts reads it) rather than base64
// Every other field is the payload's JSON. All of it is ASCII (\uXXXX escapes), so a character is
// a byte and the index's lengths count both.
import type { DocEntry, FunctionDef, ImportDef } from "../vm/module.ts";

// ---- code words ---------------------------------------------------------------------------------

/** 90 printable characters from "#", without the backslash: none needs escaping in a JS string */
const DIGITS = (() => {
  const d: string[] = [];
  for (let c = 0x23; d.length < 90; c++) if (c !== 0x5c) d.push(String.fromCharCode(c));
  return d.join("");
})();
/** a digit below BASE ends a number; BASE + d is digit d with more digits after it */
const BASE = 45;
const VALUE = (() => {
  const v = new Int8Array(128).fill(-1);
  for (let i = 0; i < DIGITS.length; i++) v[DIGITS.charCodeAt(i)] = i;
  return v;
})();

/** int32 words as zigzag numbers (sign in the low bit), least significant base-45 digit first */
export function encodeCode(words: ArrayLike<number>): string {
  let out = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let z = w >= 0 ? w * 2 : -w * 2 - 1;
    while (z >= BASE) {
      out += DIGITS[BASE + (z % BASE)];
      z = Math.floor(z / BASE);
    }
    out += DIGITS[z];
  }
  return out;
}

export function decodeCode(text: string, start: number, end: number): Int32Array {
  // every word takes one character at least: the array is long enough, and cut to size
  const words = new Int32Array(end - start);
  let n = 0;
  let z = 0;
  let scale = 1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = c < 128 ? VALUE[c] : -1;
    if (d < 0) throw new Error(`beamlet: a bad character in the library's code at ${i}`);
    if (d >= BASE) {
      z += (d - BASE) * scale;
      scale *= BASE;
      continue;
    }
    z += d * scale;
    words[n++] = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    z = 0;
    scale = 1;
  }
  if (scale !== 1) throw new Error("beamlet: the library's code ends inside a number");
  return words.slice(0, n);
}

// ---- functions, imports, lines, docs ----------------------------------------------------------------

const EXPORTED = 1;
const LAMBDA = 2;
const INLINED = 4;
const GENERATED = 8;
const DELETED = 16;

export function packFunctions(fns: FunctionDef[]): unknown[][] {
  let entry = 0;
  let line = 0;
  return fns.map((f) => {
    const extra = Object.keys(f).filter((k) => !["name", "arity", "entry", "nlocals", "exported", "lambda", "line", "funIndex", "file", "inlined", "shownAs", "generated", "deleted"].includes(k));
    if (extra.length) throw new Error(`library codec: a function has fields the library file does not keep: ${extra.join(", ")}`);
    const row: unknown[] = [f.name, f.arity, f.entry - entry, f.nlocals, (f.exported ? EXPORTED : 0) | (f.lambda ? LAMBDA : 0) | (f.inlined ? INLINED : 0) | (f.generated ? GENERATED : 0) | (f.deleted ? DELETED : 0), f.line - line];
    // only where there is one (an absent funIndex is not the same as any number); then the file
    // its frames name (an @file before its def) and the name they show (@beamlet_shown_as), null
    // standing for an absent field before a present one
    if (f.funIndex !== undefined || f.file !== undefined || f.shownAs !== undefined) row.push(f.funIndex ?? null);
    if (f.file !== undefined || f.shownAs !== undefined) row.push(f.file ?? null);
    if (f.shownAs !== undefined) row.push(f.shownAs);
    entry = f.entry;
    line = f.line;
    return row;
  });
}

export function unpackFunctions(rows: [string, number, number, number, number, number, (number | null)?, (string | null)?, string?][]): FunctionDef[] {
  let entry = 0;
  let line = 0;
  return rows.map(([name, arity, dEntry, nlocals, flags, dLine, funIndex, file, shownAs]) => {
    const f: FunctionDef = {
      name,
      arity,
      entry: (entry += dEntry),
      nlocals,
      exported: (flags & EXPORTED) !== 0,
      lambda: (flags & LAMBDA) !== 0,
      line: (line += dLine),
    };
    if (funIndex !== undefined && funIndex !== null) f.funIndex = funIndex;
    if (file !== undefined && file !== null) f.file = file;
    if ((flags & INLINED) !== 0) f.inlined = true;
    if ((flags & GENERATED) !== 0) f.generated = true;
    if ((flags & DELETED) !== 0) f.deleted = true;
    if (shownAs !== undefined) f.shownAs = shownAs;
    return f;
  });
}

export function packImports(imports: ImportDef[]): unknown[][] {
  return imports.map((i) => {
    if (Object.keys(i).some((k) => k !== "module" && k !== "name" && k !== "arity")) throw new Error("library codec: an import with fields the library file does not keep");
    return [i.module, i.name, i.arity];
  });
}

export function unpackImports(rows: [string, string, number][]): ImportDef[] {
  return rows.map(([module, name, arity]) => ({ module, name, arity }));
}

/** [pc, line, pc, line, ...] as differences from the previous pair */
export function deltaLines(lines: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i += 2) out.push(lines[i] - (i ? lines[i - 2] : 0), lines[i + 1] - (i ? lines[i - 1] : 0));
  return out;
}

export function undoDeltaLines(d: number[]): number[] {
  for (let i = 2; i < d.length; i++) d[i] += d[i - 2];
  return d;
}

/** the docs as the .bbc payload has them (entries' meta as tagged terms), entries as rows */
type PayloadDocs = { entries?: (Omit<DocEntry, "meta"> & { meta: unknown })[] } & Record<string, unknown>;
const ENTRY_KEYS = ["kind", "name", "arity", "line", "signature", "doc", "meta"] as const;

export function packDocs(docs: PayloadDocs): unknown {
  if (!docs.entries) return docs;
  return {
    ...docs,
    entries: docs.entries.map((e) => {
      if (Object.keys(e).some((k) => !(ENTRY_KEYS as readonly string[]).includes(k))) throw new Error("library codec: a doc entry with fields the library file does not keep");
      return ENTRY_KEYS.map((k) => e[k]);
    }),
  };
}

export function unpackDocs(docs: { entries?: unknown[][] } & Record<string, unknown>): PayloadDocs {
  if (!docs.entries) return docs as PayloadDocs;
  return { ...docs, entries: docs.entries.map((row) => Object.fromEntries(ENTRY_KEYS.map((k, i) => [k, row[i]])) as PayloadDocs["entries"] extends (infer E)[] | undefined ? E : never) };
}

// ---- literals -------------------------------------------------------------------------------------

// ignoreBOM: a binary starting with U+FEFF keeps it
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** the payload's tagged literals with each whole-byte binary that is UTF-8 text as {$s: text} */
export function textBinaries(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(textBinaries);
  if (x === null || typeof x !== "object") return x;
  const o = x as Record<string, unknown>;
  if (typeof o.$b === "string" && !("$tail" in o)) {
    const bytes = base64Bytes(o.$b);
    try {
      return { $s: utf8.decode(bytes) };
    } catch {
      return o;
    }
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, textBinaries(v)]));
}

function base64Bytes(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
