// Build time only (Node): the standard library compiled to .bbc modules for the browser bundle,
// plus IEx.Helpers (the REPL's helpers) and the lib/use templates. scripts/build-web.mjs calls it.
import * as fs from "node:fs";
import * as path from "node:path";
import { Node } from "../../vm/node.ts";
import { loadLibrary, compilerHost } from "../../vm/boot.ts";
import { writeModule } from "../../vm/bytecode_file.ts";
import { compileModules } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { nodeHost, useSources, ROOT } from "../../cli/host.ts";
import { libraryModulesCached } from "../../cli/lib_cache.ts";

/** the payload's fields known to come first, each a section of the library file (name and file are
 *  in the index); any other field a payload has gets a section after them */
const FIRST_SECTIONS = ["code", "literals", "functions", "imports", "lines", "attributes", "structFields", "docs"];

export interface PrecompiledLibrary {
  /** the modules' .bbc payloads (the JSON inside each file, UTF-8), by field: every module's
   *  `code`, then every module's `literals`, and so on (SECTIONS). A module's fields are decoded
   *  when it is first used (web/embed.ts); like fields side by side compress far better (gzip
   *  finds their repeats within its window) than whole modules one after the other. The line
   *  table's pcs and lines are stored as differences from the previous pair (small numbers), the
   *  functions and imports as rows of values (ROWS). */
  bytes: Uint8Array;
  /** the payload fields, in the order of the file's sections */
  sections: string[];
  /** [module, source file, [bytes of each section's JSON]] of each module, in the order of the sections */
  index: [string, string, number[]][];
  modules: number;
  useSources: Record<string, string>;
  version: string;
}

/** the fields of the objects in the functions and imports sections, stored as rows of values
 *  (web/embed.ts makes the objects again) */
export const ROWS: Record<string, string[]> = {
  functions: ["name", "arity", "entry", "nlocals", "exported", "lambda", "line"],
  imports: ["module", "name", "arity"],
};

function toRows(section: string, objects: Record<string, unknown>[]): unknown[][] {
  const keys = ROWS[section];
  return objects.map((o) => {
    const extra = Object.keys(o).filter((k) => !keys.includes(k));
    if (extra.length) throw new Error(`precompile: a ${section} entry has fields the library file does not keep: ${extra.join(", ")}`);
    return keys.map((k) => o[k]);
  });
}

/** [pc, line, pc, line, ...] as differences from the previous pair (web/embed.ts undoes it) */
export function deltaLines(lines: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i += 2) out.push(lines[i] - (i ? lines[i - 2] : 0), lines[i + 1] - (i ? lines[i - 1] : 0));
  return out;
}

export function precompileLibrary(): PrecompiledLibrary {
  const node = new Node({ ...nodeHost(), write: (_fd, text) => process.stderr.write(text) });
  const modules = libraryModulesCached(node);
  loadLibrary(node, modules);
  const helpersFile = path.join("cli", "repl", "helpers.ex");
  const helpers = compileModules(parse(fs.readFileSync(path.join(ROOT, helpersFile), "utf8"), helpersFile), helpersFile, compilerHost(node, useSources()));
  const all = [...modules, ...helpers];
  const payloads = all.map((m) => {
    // the payload of the .bbc file, exactly: 14 bytes of header before it, a checksum after
    const b = writeModule(m);
    const len = new DataView(b.buffer, b.byteOffset).getUint32(10);
    const payload = JSON.parse(Buffer.from(b.subarray(14, 14 + len)).toString("utf8"));
    if (Array.isArray(payload.lines)) payload.lines = deltaLines(payload.lines);
    for (const k of Object.keys(ROWS)) if (Array.isArray(payload[k])) payload[k] = toRows(k, payload[k]);
    return payload;
  });
  const fields = new Set(payloads.flatMap((p) => Object.keys(p)).filter((k) => k !== "name" && k !== "file"));
  const SECTIONS = [...FIRST_SECTIONS.filter((k) => fields.has(k)), ...[...fields].filter((k) => !FIRST_SECTIONS.includes(k)).sort()];
  const sections: Buffer[][] = SECTIONS.map(() => []);
  const index: [string, string, number[]][] = [];
  all.forEach((m, n) => {
    const payload = payloads[n];
    const lengths = SECTIONS.map((k, i) => {
      // ASCII only (\uXXXX escapes): a character is a byte, so the lengths index the text as well
      const json = Buffer.from(payload[k] === undefined ? "" : JSON.stringify(payload[k]).replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")), "latin1");
      sections[i].push(json);
      return json.length;
    });
    index.push([m.name, m.file, lengths]);
  });
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  return { bytes: Buffer.concat(sections.flat()), sections: SECTIONS, index, modules: all.length, useSources: Object.fromEntries(useSources()), version };
}
