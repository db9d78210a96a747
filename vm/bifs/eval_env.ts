// The environment Code.eval_string/eval_quoted evaluate in: a %Macro.Env{} (the caller's
// __ENV__: its module, function, aliases, imports and requires) or the keyword options Elixir's
// env_for_eval reads (file:, line:, module:, function:, aliases:, functions:, macros:, requires:).
import { Atom, Bin, Term, Tuple, atom, isMap, isInt, listToArray } from "../terms.ts";
import { emptyPromptEnv, type PromptEnv } from "../../compiler/context.ts";
import { recordImport } from "../../compiler/import_table.ts";

export interface EvalEnv {
  file: string;
  line: number;
  /** the module and function the code runs as in (__MODULE__, __ENV__.function); a given
   *  %Macro.Env{}'s lexical tracker and tracers (its __ENV__ keeps them) */
  env?: { module: string | null; fn: [string, number] | null; tracing?: { tracker: Term; tracers: Term } };
  /** the directives the code starts from (none given: a fresh environment's) */
  directives?: PromptEnv;
}

const KERNEL = "Elixir.Kernel";

function text(v: Term): string {
  return v instanceof Bin ? v.toString() : String.fromCodePoint(...((listToArray(v) ?? []) as number[]));
}

/** [{Mod, [name: arity, ...]}, ...] (newest import first) as "name/arity" lists, oldest first */
function importsOf(v: Term): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const entry of listToArray(v) ?? []) {
    if (!(entry instanceof Tuple) || entry.items.length !== 2 || !(entry.items[0] instanceof Atom)) continue;
    const names = (listToArray(entry.items[1]) ?? []).flatMap((fa) =>
      fa instanceof Tuple && fa.items[0] instanceof Atom && isInt(fa.items[1]) ? [`${fa.items[0].name}/${Number(fa.items[1])}`] : []);
    out.push([entry.items[0].name, names]);
  }
  return out.reverse();
}

/** the directives of an env's (or the options') aliases, functions, macros and requires */
function directivesOf(get: (k: string) => Term | undefined): PromptEnv | undefined {
  const aliases = get("aliases"), functions = get("functions"), macros = get("macros"), requires = get("requires");
  if (aliases === undefined && functions === undefined && macros === undefined && requires === undefined) return undefined;
  const d = emptyPromptEnv();
  for (const a of (aliases === undefined ? null : listToArray(aliases)) ?? []) {
    if (a instanceof Tuple && a.items.length === 2 && a.items[0] instanceof Atom && a.items[1] instanceof Atom) {
      d.aliases.set(a.items[0].name.replace(/^Elixir\./, ""), a.items[1].name);
    }
  }
  // (Kernel's own entry is its default import: only what other modules import is recorded)
  const macroImports = macros ? importsOf(macros) : [];
  for (const [m, names] of [...(functions ? importsOf(functions) : []), ...macroImports]) {
    if (m !== KERNEL) recordImport(d, m, names);
  }
  for (const [m, names] of macroImports) if (m !== KERNEL) for (const k of names) d.importedMacros.set(k, m);
  for (const r of (requires === undefined ? null : listToArray(requires)) ?? []) if (r instanceof Atom) d.required.add(r.name);
  return d;
}

export function evalEnvOf(opts: Term | undefined): EvalEnv {
  const out: EvalEnv = { file: "nofile", line: 1 };
  if (opts === undefined) return out;
  let get: (k: string) => Term | undefined;
  if (isMap(opts)) get = (k) => opts.get(atom(k));
  else {
    const kw = new Map<string, Term>();
    for (const it of listToArray(opts) ?? []) {
      if (it instanceof Tuple && it.items.length === 2 && it.items[0] instanceof Atom && !kw.has(it.items[0].name)) kw.set(it.items[0].name, it.items[1]);
    }
    get = (k) => kw.get(k);
  }
  const file = get("file"), line = get("line");
  if (file !== undefined && (file instanceof Bin || listToArray(file) !== null)) out.file = text(file);
  if (line !== undefined && isInt(line)) out.line = Number(line);
  const m = get("module"), f = get("function");
  const fn = f instanceof Tuple && f.items.length === 2 && f.items[0] instanceof Atom && isInt(f.items[1]) ? [f.items[0].name, Number(f.items[1])] as [string, number] : null;
  const module = m instanceof Atom && m !== atom("nil") ? m.name : null;
  const tracker = isMap(opts) ? get("lexical_tracker") : undefined, tracers = isMap(opts) ? get("tracers") : undefined;
  const tracing = tracker !== undefined && tracers !== undefined ? { tracker, tracers } : undefined;
  if (module !== null || fn !== null || tracing) out.env = { module, fn, ...(tracing ? { tracing } : {}) };
  const directives = directivesOf(get);
  if (directives) out.directives = directives;
  return out;
}
