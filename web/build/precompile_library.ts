// Build time only (Node): the standard library compiled to .bbc modules for the browser bundle,
// plus IEx.Helpers (the REPL's helpers), the exceptions Code and File raise that Node compiles on
// first use (a page fetches the compiler on first use: a File error must not wait for it) and the
// lib/use templates. scripts/build-web.mjs calls it.
import * as fs from "node:fs";
import * as path from "node:path";
import { Node } from "../../vm/node.ts";
import { loadLibrary, compilerHost, compileReplHelpers } from "../../vm/boot.ts";
import { writeModule } from "../../vm/bytecode_file.ts";
import { compileModules } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { nodeHost, useSources, ROOT } from "../../cli/host.ts";
import { libraryModulesCached } from "../../cli/lib_cache.ts";
import { lazyReach } from "./lazy_reach.ts";
import { funUniqOf, type CompiledModule } from "../../vm/module.ts";
import { Tuple, atom, isMap } from "../../vm/terms.ts";
import { EXCEPTIONS_FILE, EXCEPTIONS_SRC } from "../../vm/bifs/code_exceptions.ts";
import { deltaLines, encodeCode, packDocs, packFunctions, packImports, textBinaries } from "../library_codec.ts";
import { browserHost } from "../../vm/browser_host.ts";
import { loadLibraryLazily } from "../../vm/lazy_library.ts";
import { readModule } from "../../vm/bytecode_file.ts";

/** the payload's fields known to come first, each a section of the library file (name and file are
 *  in the index); any other field a payload has gets a section after them */
const FIRST_SECTIONS = ["code", "literals", "functions", "imports", "lines", "attributes", "structFields", "docs", "deprecations"];

/** the section that is a file of its own, every module's part in the index's order, fetched when
 *  docs are first asked for (h/1, Code.fetch_docs ...): a quarter of the library's bytes that no
 *  program's first output needs. What the compiler reads of them at once (the deprecated
 *  definitions, for its warnings and __info__(:deprecated)) stays with the code, as "deprecations". */
export const DOCS_SECTION = "docs";

/**
 * The rarely used modules (RARE): a file a page fetches only when something first uses one of them
 * (web/embed.ts), what the playground's examples, the hot-swap walk-through and a crash report
 * never run. Of the others, what the page's first run uses is the core every visit loads
 * (modulesFirstRunUses), the rest comes with the compiler (WITH_COMPILER). A module named here
 * that a program needs at once would only cost a wait, never a wrong answer.
 */
export const LAZY_MODULES = /^(Elixir\.ExUnit(\.|$)|Elixir\.(Calendar|Date|DateTime|NaiveDateTime|Time|URI|OptionParser|EEx|Version|Record|IO\.ANSI|StringIO|Regex|Node|PartitionSupervisor|DynamicSupervisor|Registry|Config|Beamlet\.UpgradeCase|Mix|GenEvent|Dict|HashDict|HashSet|Stream|Task\.Stream|Task\.Supervisor|Behaviour)(\.|$)|digraph|array$|inet$|beamlet_system_cmd$|beamlet_dbg$|dets$|beamlet_lists_keysort$|gb_|queue$|sets$|dict$|filename$|file$|file_|calendar$|timer$|proplists$|orddict$|ordsets$|string$|unicode|rand$|base64$|uri_string$|io_lib|re$|gen_statem$|beamlet_macro_expansion$)/;

/** The library's files, by group: the core a page's first run needs (FIRST_RUN), what the rest of
 *  the core was (fetched with the compiler, or when a precompiled program first calls one of its
 *  modules), the rarely used modules (LAZY_MODULES) and the docs. */
export const CORE = 0;
/** the group web/embed.ts fetches together with the compiler: a compilation (a macro, a module
 *  body) never waits halfway for one of its modules */
export const WITH_COMPILER = 1;
export const RARE = 2;

/** one file of the library: the core (group 0) or a group fetched on first use */
export interface LibraryGroup {
  /** the group's modules' fields, laid out as PrecompiledLibrary.bytes says */
  bytes: Uint8Array;
  modules: number;
}

export interface PrecompiledLibrary {
  /** the modules' .bbc payloads (the JSON inside each file), by field: every module's `code`,
   *  then every module's `literals`, and so on (SECTIONS), each field encoded as
   *  web/library_codec.ts says. A module's fields are decoded when it is first used
   *  (web/embed.ts); like fields side by side compress far better (gzip finds their repeats within
   *  its window) than whole modules one after the other. */
  bytes: Uint8Array;
  /** the payload fields, in the order of the file's sections */
  sections: string[];
  /** [module, source file, [bytes of each section's JSON], group] of each module, in the order of
   *  the sections within its group's file */
  index: [string, string, number[], number, number][];
  /** the files: the core, then the groups fetched on first use, then the docs of all of them
   *  (DOCS_SECTION) */
  groups: LibraryGroup[];
  modules: number;
  /** "Module.name/arity" of the core's and WITH_COMPILER's functions whose calls reach a module
   *  of a later group, with those groups (web/build/lazy_reach.ts) */
  reach: Record<string, number[]>;
  useSources: Record<string, string>;
  version: string;
}

/** the packed docs entries (packDocs, in the order of m's) of m's deprecated definitions */
function deprecatedRows(m: CompiledModule, packed: { entries?: unknown[][] }): unknown[][] {
  return (m.docs.entries ?? []).flatMap((e, i) => (isMap(e.meta) && e.meta.get(atom("deprecated")) !== undefined ? [packed.entries![i]] : []));
}

/**
 * The library modules a page's first run uses (decoded, on a fresh browser-host node with the
 * library loaded lazily, while it runs each of `scripts`, precompiled as the page runs them, and
 * those the scripts call by name): the core every visit loads. Whatever else a program uses comes on its first use (web/embed.ts), so
 * code added to a module the first run does not touch never weighs on the first load.
 */
export async function modulesFirstRunUses(modules: CompiledModule[], scripts: Uint8Array[]): Promise<Set<string>> {
  const used = new Set<string>();
  for (const bytes of scripts) {
    const compiled = readModule(bytes);
    if (compiled === null) throw new Error("precompile_library: a first-run script that does not decode");
    // and the modules it calls by name, which the page has before it starts (web/embed.ts
    // fetchesCalledBy), though a built-in may answer for them (IO.puts)
    for (const imp of compiled.imports) if (modules.some((m) => m.name === imp.module)) used.add(imp.module);
    let output = "";
    const node = new Node(browserHost({ write: (_fd, text) => void (output += text), readStdin: (deliver) => deliver(null) }));
    loadLibraryLazily(node, modules.map((m) => ({ name: m.name, file: m.file, decode: () => (used.add(m.name), m) })));
    const halted = node.runLoop();
    // (compiled as `elixir FILE.exs` compiles a file: its __FILE__/1, vm/script_names.ts)
    const r = await node.evalCompiled(node.newEvaluator(), compiled, [atom("nil")], "__FILE__");
    node.halt(0);
    await halted;
    if (!(r instanceof Tuple) || r.items[0] !== atom("ok")) throw new Error(`precompile_library: the first-run script failed: ${output}`);
  }
  return used;
}

export async function precompileLibrary(firstRun: Uint8Array[] = []): Promise<PrecompiledLibrary> {
  const node = new Node({ ...nodeHost(), write: (_fd, text) => process.stderr.write(text) });
  const modules = libraryModulesCached(node);
  loadLibrary(node, modules);
  const helpers = compileReplHelpers(node, node.host.replHelpersSource!()!);
  const exceptions = compileModules(parse(EXCEPTIONS_SRC, EXCEPTIONS_FILE), EXCEPTIONS_FILE, compilerHost(node, useSources()));
  const all = [...modules, ...helpers, ...exceptions];
  const index: PrecompiledLibrary["index"] = [];
  const payloads = all.map((m) => {
    // the payload of the .bbc file, exactly: 14 bytes of header before it, a checksum after
    const b = writeModule(m);
    const len = new DataView(b.buffer, b.byteOffset).getUint32(10);
    const payload = JSON.parse(Buffer.from(b.subarray(14, 14 + len)).toString("utf8"));
    payload.code = encodeCode(payload.code);
    payload.functions = packFunctions(payload.functions);
    payload.imports = packImports(payload.imports);
    payload.lines = deltaLines(payload.lines);
    payload.docs = packDocs(payload.docs);
    const deprecated = deprecatedRows(m, payload.docs);
    if (deprecated.length > 0) payload.deprecations = { moduledoc: null, functions: [], entries: deprecated };
    payload.literals = textBinaries(payload.literals);
    payload.attributes = textBinaries(payload.attributes);
    return payload;
  });
  const fields = new Set(payloads.flatMap((p) => Object.keys(p)).filter((k) => k !== "name" && k !== "file"));
  const SECTIONS = [...FIRST_SECTIONS.filter((k) => fields.has(k)), ...[...fields].filter((k) => !FIRST_SECTIONS.includes(k)).sort()];
  const core = await modulesFirstRunUses(all, firstRun);
  const groupOf = (name: string) => (core.has(name) ? CORE : LAZY_MODULES.test(name) ? RARE : WITH_COMPILER);
  const docsAt = SECTIONS.indexOf(DOCS_SECTION);
  const docs: Buffer[] = [];
  const groups = [CORE, WITH_COMPILER, RARE].map((g) => {
    const sections: Buffer[][] = SECTIONS.map(() => []);
    let modules = 0;
    all.forEach((m, n) => {
      if (groupOf(m.name) !== g) return;
      modules++;
      const payload = payloads[n];
      const lengths = SECTIONS.map((k, i) => {
        // ASCII only (\uXXXX escapes): a character is a byte, so the lengths index the text as well
        const value = payload[k];
        const json = Buffer.from(value === undefined ? "" : k === "code" ? value : JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")), "latin1");
        (i === docsAt ? docs : sections[i]).push(json);
        return json.length;
      });
      // (the uniq of its funs, vm/module.ts funUniqOf: hashing Enum's 13,000 words at a page's
      // first fun cost the main thread a compilation of the loop, ~10 ms, cold)
      index.push([m.name, m.file, lengths, g, m.funUniq ?? funUniqOf(m.name, m.code, m.literals)]);
    });
    return { bytes: Buffer.concat(sections.flat()), modules };
  });
  groups.push({ bytes: Buffer.concat(docs), modules: docs.length });
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  return { bytes: groups[0].bytes, groups, sections: SECTIONS, index, modules: all.length, reach: lazyReach(all, groupOf, new Set([CORE, WITH_COMPILER])), useSources: Object.fromEntries(useSources()), version };
}
