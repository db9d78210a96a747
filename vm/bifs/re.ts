// Erlang's :re (compile, run, inspect, replace, split, version) on beamlet's own PCRE-semantics
// matcher (vm/regex/). A compiled pattern is the plain term {:re_pattern, Groups, Unicode, 0, Bin}
// where Bin holds beamlet's option bits and the source, so it can be stored in module attributes,
// sent between processes and compared; the parsed matcher is cached per pattern.
import { Atom, Bin, Cons, Term, Tuple, atom, bin, binFromBytes, list, tuple, NIL } from "../terms.ts";
import { defineBifs, type BifContext } from "./registry.ts";
import { bifErrorFrame } from "../error_info.ts";
import { stacktraceBelowCallee } from "../stacktrace.ts";
import { chargedByBytes } from "./work.ts";
import { runJob, type JobGen } from "./bif_jobs.ts";
import { build } from "./list_jobs.ts";
import { TailCall } from "../calls.ts";
import { type Subject, type CaptureIds, subjectOfBytes, searchAll, formatCaptures } from "./re_run.ts";
import { badarg } from "../errors.ts";
import { iodataBytes, chardataToString, enc } from "./util.ts";
import { Options, Program, PatternError, defaultOptions, NEWLINES, Newline, regexOptions } from "../regex/ast.ts";
import { mapFromEntries } from "../map.ts";
import { parsePattern, decodeUtf8 } from "../regex/parse.ts";
import { Matcher, ExecFlags, MatchLimitError, DEFAULT_MATCH_LIMIT } from "../regex/match.ts";
export type { Subject } from "./re_run.ts";
import { raise, ErlangError, BADARG } from "../errors.ts";

const RE_PATTERN = atom("re_pattern");
const MAGIC = [0x42, 0x52, 0x45, 0x31]; // "BRE1"

const OPTION_BITS: (keyof Options)[] = [
  "caseless", "multiline", "dotall", "extended", "ungreedy", "utf8", "ucp", "firstline", "dollarEndonly", "anchored", "noAutoCapture", "dupnames",
];

export interface CompiledPattern {
  program: Program;
  matcher: Matcher;
}

const cache = new Map<string, CompiledPattern>();

/** Compile (cached). Throws PatternError for a pattern PCRE rejects. */
export function compilePattern(source: Uint8Array, opts: Options): CompiledPattern {
  const key = optionMask(opts) + ":" + String.fromCharCode(...source);
  let c = cache.get(key);
  if (!c) {
    const program = parsePattern(source, opts);
    c = { program, matcher: new Matcher(program) };
    if (cache.size > 2000) cache.clear();
    cache.set(key, c);
  }
  return c;
}

function optionMask(o: Options): number {
  let m = 0;
  OPTION_BITS.forEach((k, i) => { if (o[k]) m |= 1 << i; });
  return m | (NEWLINES.indexOf(o.newline) << 12) | (o.bsrAnycrlf ? 1 << 15 : 0);
}

/** the {:re_pattern, ...} term for a source and options */
export function patternTerm(source: Uint8Array, opts: Options, groups: number): Tuple {
  const mask = optionMask(opts);
  const b = new Uint8Array(MAGIC.length + 2 + source.length);
  b.set(MAGIC, 0);
  b[4] = mask & 0xff;
  b[5] = mask >> 8;
  b.set(source, 6);
  const crlf = opts.newline === "crlf" || opts.newline === "anycrlf" || opts.newline === "any" ? 1 : 0;
  return tuple(RE_PATTERN, groups, opts.utf8 ? 1 : 0, crlf, binFromBytes(b));
}

/** each compiled pattern term's program, by the term's binary: a regex literal's term is the same
 *  object at every run, so a run in a loop neither decodes its options nor builds a cache key */
const compiledOf = new WeakMap<Bin, CompiledPattern | null>();

export function fromPatternTerm(t: Term): CompiledPattern | null {
  if (!(t instanceof Tuple) || t.items.length !== 5 || t.items[0] !== RE_PATTERN || !(t.items[4] instanceof Bin)) return null;
  const key = t.items[4] as Bin;
  let c = compiledOf.get(key);
  if (c === undefined) {
    c = decodePatternTerm(key);
    compiledOf.set(key, c);
  }
  return c;
}

function decodePatternTerm(source: Bin): CompiledPattern | null {
  const b = source.bytes;
  if (b.length < 6 || MAGIC.some((m, i) => b[i] !== m)) return null;
  const mask = b[4] | (b[5] << 8);
  const opts = defaultOptions();
  OPTION_BITS.forEach((k, i) => { (opts as any)[k] = (mask & (1 << i)) !== 0; });
  opts.newline = NEWLINES[(mask >> 12) & 7] ?? "lf";
  opts.bsrAnycrlf = (mask & (1 << 15)) !== 0;
  try {
    return compilePattern(b.subarray(6), opts);
  } catch {
    return null;
  }
}

const COMPILE_FLAGS: Record<string, Exclude<keyof Options, "newline">> = {
  bsr_anycrlf: "bsrAnycrlf",
  caseless: "caseless", multiline: "multiline", dotall: "dotall", extended: "extended", ungreedy: "ungreedy",
  unicode: "utf8", ucp: "ucp", firstline: "firstline", dollar_endonly: "dollarEndonly", anchored: "anchored",
  no_auto_capture: "noAutoCapture", dupnames: "dupnames",
};
const IGNORED_COMPILE = new Set(["no_start_optimize", "never_utf", "report_errors"]);

/** Apply one compile option; false if it is not a compile option. */
function compileOption(o: Term, opts: Options): boolean {
  if (o instanceof Atom) {
    const k = COMPILE_FLAGS[o.name];
    if (k) { (opts as any)[k] = true; return true; }
    // (\\R's default, undoing an earlier bsr_anycrlf)
    if (o.name === "bsr_unicode") { opts.bsrAnycrlf = false; return true; }
    return IGNORED_COMPILE.has(o.name);
  }
  if (o instanceof Tuple && o.items.length === 2 && o.items[0] === atom("newline")) {
    const v = o.items[1];
    if (!(v instanceof Atom) || !NEWLINES.includes(v.name as Newline)) badarg();
    opts.newline = (v as Atom).name as Newline;
    return true;
  }
  return false;
}

function patternSource(p: Term, utf: boolean): Uint8Array {
  if (p instanceof Bin) return p.bytes;
  if (utf) {
    const s = chardataToString(p);
    if (typeof s !== "string") badarg();
    return enc.encode(s as string);
  }
  const b = iodataBytes(p);
  if (!b) badarg();
  return b!;
}

function errorTuple(e: PatternError): Term {
  return tuple(atom("error"), tuple(list([...e.text].map((c) => c.charCodeAt(0))), e.offset));
}

function compile(pattern: Term, optList: Term): Term {
  const opts = defaultOptions();
  const items = properList(optList);
  for (const o of items) if (!compileOption(o, opts)) throw new BadOption();
  const source = patternSource(pattern, opts.utf8);
  try {
    bsrConsistent(items);
    const c = compilePattern(source, opts);
    return tuple(atom("ok"), patternTerm(source, c.program.options, c.program.groups));
  } catch (e) {
    if (e instanceof PatternError) return errorTuple(e);
    throw e;
  }
}

/** bsr_anycrlf and bsr_unicode together: PCRE refuses to compile */
function bsrConsistent(items: Term[]): void {
  if (items.includes(atom("bsr_anycrlf")) && items.includes(atom("bsr_unicode"))) throw new PatternError("inconsistent NEWLINE options", 0);
}

export function properList(t: Term): Term[] {
  const out: Term[] = [];
  while (t instanceof Cons) { out.push(t.head); t = t.tail; }
  if (t !== NIL) badarg();
  return out;
}

// ---- run ---------------------------------------------------------------------------------------

export interface RunOptions {
  global: boolean;
  offset: number;
  flags: ExecFlags;
  capture: Term; // all | all_but_first | first | none | all_names | [ids]
  type: "index" | "list" | "binary";
  /** {match_limit, N}: backtracking points tried before giving up (PCRE's default otherwise) */
  matchLimit: number;
}

function subjectOf(t: Term, utf: boolean): Subject {
  let bytes: Uint8Array;
  if (t instanceof Bin) bytes = t.bytes;
  else if (utf) {
    const s = chardataToString(t);
    if (typeof s !== "string" || !binariesAreUtf8(t)) throw new UnicodeListSubject();
    bytes = enc.encode(s as string);
  } else {
    const b = iodataBytes(t);
    if (!b) badarg();
    bytes = b!;
  }
  return subjectOfBytes(t, bytes, utf);
}

/**
 * A list subject of a UTF-8 run that is no character data (a binary of invalid UTF-8 in it, say):
 * OTP 25's re.erl converts such a subject itself and fails with a bare badarg from its line 748,
 * global or not; re:replace and re:split report it as a subject that is no iodata
 */
export class UnicodeListSubject extends Error {}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** the binaries inside chardata t are all valid UTF-8 */
export function binariesAreUtf8(t: Term): boolean {
  const todo: Term[] = [t];
  while (todo.length > 0) {
    let x = todo.pop()!;
    if (x instanceof Bin) {
      try { strictUtf8.decode(x.bytes); } catch { return false; }
      continue;
    }
    while (x instanceof Cons) {
      if (!(typeof x.head === "number")) todo.push(x.head);
      x = x.tail;
    }
    if (x instanceof Bin) todo.push(x);
  }
  return true;
}

/** a run's pattern, subject and options, ready to match */
export interface PreparedRun {
  c: CompiledPattern;
  subj: Subject;
  ro: RunOptions;
  reportErrors: boolean;
  /** a global run from past the subject's end (it finds nothing) */
  pastEnd: boolean;
}

/** not a valid option of the call (OTP's error_info cause :badopt: "invalid options") */
export class BadOption extends Error {}

/** a single run from an offset past the subject's end: OTP 25's re:run fails with internal_error
 *  in a way no catch sees (the process ends with {internal_error, stacktrace}) */
export class OffsetPastEnd extends Error {}

/**
 * Read run/3's options and compile the pattern if it is not compiled yet; a {:error, ...} term
 * when the pattern does not compile and report_errors asked for it. Compile options beside a
 * compiled pattern are a badarg, an unknown option a BadOption.
 */
export function prepareRun(subjectT: Term, patternT: Term, items: Term[]): PreparedRun | Term {
  let c = fromPatternTerm(patternT);
  const ro: RunOptions = { global: false, offset: 0, flags: {}, capture: A_ALL, type: "index", matchLimit: DEFAULT_MATCH_LIMIT };
  // (the compile options only when the pattern is no compiled one)
  const copts = c === null ? defaultOptions() : null;
  let reportErrors = false;
  let newline: Newline | undefined;
  let bsr: boolean | undefined;
  for (const o of items) {
    if (o instanceof Atom) {
      switch (o.name) {
        case "global": ro.global = true; continue;
        case "notbol": ro.flags.notbol = true; continue;
        case "noteol": ro.flags.noteol = true; continue;
        case "notempty": ro.flags.notempty = true; continue;
        case "notempty_atstart": ro.flags.notemptyAtstart = true; continue;
        case "anchored": ro.flags.anchored = true; continue;
        case "report_errors": reportErrors = true; continue;
        // how \R matches is a run option too: it overrides the compiled one
        case "bsr_anycrlf": case "bsr_unicode": bsr = o.name === "bsr_anycrlf"; continue;
      }
    } else if (o instanceof Tuple && o.items[0] instanceof Atom) {
      const [k, a, b] = o.items;
      switch ((k as Atom).name) {
        // (a malformed offset, capture, match_limit or newline is OTP's "invalid options")
        case "offset":
          if (o.items.length !== 2 || typeof a !== "number" || a < 0) throw new BadOption();
          ro.offset = a as number;
          continue;
        case "capture":
          if (o.items.length < 2 || o.items.length > 3) throw new BadOption();
          ro.capture = a;
          if (b !== undefined) {
            if (!(b instanceof Atom) || !["index", "list", "binary"].includes(b.name)) badarg();
            ro.type = (b as Atom).name as RunOptions["type"];
          }
          continue;
        case "match_limit":
          if (o.items.length !== 2 || typeof a !== "number" || a < 0) throw new BadOption();
          ro.matchLimit = Math.min(a as number, DEFAULT_MATCH_LIMIT);
          continue;
        // (beamlet's depth bound is the JS stack's)
        case "match_limit_recursion":
          continue;
        // the newline convention is a run option as well: it overrides the compiled one
        case "newline":
          if (o.items.length !== 2 || !(a instanceof Atom) || !NEWLINES.includes(a.name as Newline)) throw new BadOption();
          newline = (a as Atom).name as Newline;
          continue;
      }
    }
    if (copts !== null && compileOption(o, copts)) continue;
    if (c !== null && o instanceof Atom && COMPILE_FLAGS[o.name]) badarg();
    throw new BadOption();
  }
  if (c === null) {
    if (patternT instanceof Tuple) badarg();
    const co = copts!;
    if (newline !== undefined) co.newline = newline;
    if (bsr !== undefined) co.bsrAnycrlf = bsr;
    try {
      bsrConsistent(items);
      c = compilePattern(patternSource(patternT, co.utf8), co);
    } catch (e) {
      if (e instanceof PatternError) {
        if (reportErrors) return tuple(atom("error"), tuple(atom("compile"), tuple(list([...e.text].map((x) => x.charCodeAt(0))), e.offset)));
        badarg();
      }
      throw e;
    }
  } else if (newline !== undefined && newline !== c.program.options.newline) {
    const src = (patternT as Tuple).items[4] as Bin;
    c = compilePattern(src.bytes.subarray(6), { ...c.program.options, newline });
  }
  // what \R matches, given at run time, wins over the pattern's option or (*BSR_...) verb
  if (bsr !== undefined && bsr !== c.program.options.bsrAnycrlf) {
    const program = { ...c.program, options: { ...c.program.options, bsrAnycrlf: bsr } };
    c = { program, matcher: new Matcher(program) };
  }
  const utf = c.program.options.utf8;
  const subj = subjectOf(subjectT, utf);
  // the offset is in bytes (in UTF-8 mode it must fall on a character boundary: re_run.ts checks
  // that once the subject is decoded); a global run from past the end finds nothing (OTP; a
  // single run fails there)
  const pastEnd = ro.offset > subj.bytes.length;
  if (pastEnd && !ro.global) throw new OffsetPastEnd();
  return { c, subj, ro, reportErrors, pastEnd };
}

const A_ALL = atom("all");

/** run's options: anything but a proper list is OTP's "invalid options" */
function runOptionList(t: Term): Term[] {
  const out: Term[] = [];
  while (t instanceof Cons) { out.push(t.head); t = t.tail; }
  if (t !== NIL) throw new BadOption();
  return out;
}

/** the options of a call include :global (a proper list) */
export function isGlobalRun(opts: Term | undefined): boolean {
  let t = opts;
  while (t instanceof Cons) { if (t.head === A_GLOBAL) return true; t = t.tail; }
  return false;
}
const A_GLOBAL = atom("global");

/** a run's value, as a job: its matches' captures as the options ask */
function* runJobGen(subjectT: Term, patternT: Term, optList: Term): JobGen {
  const p = prepareRun(subjectT, patternT, runOptionList(optList));
  if (!(p instanceof Object) || !("c" in p)) return p as Term;
  const { ro, subj } = p;
  const groupIds = captureIds(ro.capture, p.c.program);
  // (no group to return, as all_names of a regex without names: the bare match, as "none")
  const bare = groupIds === "none" || (Array.isArray(groupIds) && groupIds.length === 0);
  const found: Term[] = [];
  let count = 0;
  try {
    yield* searchAll(p, (m) => {
      count++;
      if (!bare) found.push(formatCaptures(m, groupIds as CaptureIds, ro.type, subj));
    });
  } catch (e) {
    if (e instanceof MatchLimitError) {
      // (OTP: without report_errors the run found nothing)
      return p.reportErrors ? tuple(atom("error"), atom("match_limit")) : atom("nomatch");
    }
    throw e;
  }
  if (count === 0) return atom("nomatch");
  if (bare) return atom("match");
  if (!ro.global) return tuple(atom("match"), found[0]);
  return tuple(atom("match"), yield* build(found, NIL));
}

function run(subjectT: Term, patternT: Term, optList: Term, ctx: BifContext): Term | TailCall {
  return runJob(ctx, "re_run", ["re", "run", [subjectT, patternT, optList]], runJobGen(subjectT, patternT, optList));
}

/** for each value to return, the groups it may come from (the first set one; none: unset) */
function captureIds(spec: Term, p: Program): number[][] | "none" | "all" | "all_but_first" {
  if (spec instanceof Atom) {
    switch (spec.name) {
      case "all": return "all";
      case "none": return "none";
      case "first": return [[0]];
      case "all_but_first": return "all_but_first";
      case "all_names": return sortedNames(p).map((nm) => p.names.get(nm)!);
    }
    badarg();
  }
  const ids: number[][] = [];
  for (const x of properList(spec)) {
    if (typeof x === "number") {
      if (x < 0) badarg();
      ids.push(x <= p.groups ? [x] : []);
      continue;
    }
    let name: string;
    if (x instanceof Atom) name = x.name;
    else if (x instanceof Bin) name = x.toString();
    else {
      const s = chardataToString(x);
      if (typeof s !== "string") badarg();
      name = s as string;
    }
    ids.push(p.names.get(name) ?? []);
  }
  return ids;
}

function sortedNames(p: Program): string[] {
  return [...p.names.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function charlistOf(b: Uint8Array, utf: boolean): Term {
  if (!utf) return list([...b]);
  return list(decodeUtf8(b)!.units);
}

// ---- inspect, version --------------------------------------------------------------------------

function inspectPattern(p: Term, what: Term): Term {
  const c = fromPatternTerm(p);
  if (!c || what !== atom("namelist")) badarg();
  return tuple(atom("namelist"), list(sortedNames(c!.program).map((n) => bin(n))));
}

// ---- why a call failed, as OTP 25's erl_stdlib_errors says it ---------------------------------

function iodataWhy(t: Term): string | undefined {
  return iodataBytes(t) === undefined ? "not an iodata term" : undefined;
}

/** a pattern that is neither iodata that compiles nor a compiled pattern */
function regexpWhy(t: Term): string | undefined {
  const b = iodataBytes(t);
  if (b === undefined) return fromPatternTerm(t) ? undefined : "neither an iodata term nor a compiled regular expression";
  try {
    compilePattern(b, defaultOptions());
    return undefined;
  } catch (e) {
    if (e instanceof PatternError) return `could not parse regular expression\n${e.text} on character ${e.offset}`;
    throw e;
  }
}

/**
 * A :re function whose badarg says which arguments were wrong: `kinds` checks each argument
 * (subject, pattern, data), the options argument is "invalid options" on a BadOption. A badarg
 * whose arguments all look right stays a bare one ("argument error"), as on OTP.
 */
/** a run from past the end ends the process (ProcessKilled unwinds it, as no catch sees it) */
function pastEndKills(name: string, args: Term[], ctx: BifContext, body: (args: Term[]) => Term | TailCall): Term | TailCall {
  try {
    return body(args);
  } catch (e) {
    if (!(e instanceof OffsetPastEnd)) throw e;
    const stack = new Cons(bifErrorFrame("re", name, args, undefined), stacktraceBelowCallee(ctx.process));
    return ctx.node.killProcess(ctx.process, tuple(atom("internal_error"), stack));
  }
}

/** a run whose list subject is no UTF-8 character data: a bare badarg from re.erl's line 748 */
function listSubjectFails(args: Term[], body: () => Term | TailCall): Term | TailCall {
  try {
    return body();
  } catch (e) {
    if (!(e instanceof UnicodeListSubject)) throw e;
    const err = new ErlangError("error", BADARG);
    // (run/2 is run/3 with no options there)
    err.callee = bifErrorFrame("re", "run", args.length === 2 ? [...args, NIL] : args, undefined, ["re.erl", 748]);
    throw err;
  }
}

export function withReInfo(kinds: ("subject" | "pattern" | "data" | "options" | "none")[], body: (args: Term[]) => Term | TailCall): (args: Term[]) => Term | TailCall {
  return (args) => {
    try {
      return body(args);
    } catch (e) {
      const badopt = e instanceof BadOption;
      if (!badopt && !(e instanceof ErlangError && e.kind === "error" && e.reason === BADARG && e.diagnosis === undefined && e.callee === undefined)) throw e;
      const why: [number, string][] = [];
      kinds.forEach((k, i) => {
        const w = k === "none" ? undefined : k === "pattern" ? regexpWhy(args[i]) : k === "options" ? (badopt ? "invalid options" : undefined) : iodataWhy(args[i]);
        if (w !== undefined) why.push([i + 1, w]);
      });
      const err = new ErlangError("error", BADARG);
      // (an invalid option's error_info names the cause :badopt, as OTP's)
      if (why.length > 0) err.diagnosis = badopt ? { args: why, cause: "badopt" } : { args: why };
      throw err;
    }
  };
}

// a run is a job that pays for its work in reductions (re_run.ts), as the BEAM's re:run yields
// and counts its loops
defineBifs("re", {
  ...chargedByBytes({
    "compile/1": withReInfo(["data"], ([p]) => compile(p, NIL)),
    "compile/2": withReInfo(["pattern", "options"], ([p, o]) => compile(p, o)),
    "inspect/2": ([p, w]) => inspectPattern(p, w),
    "version/0": () => bin("8.44 2020-02-12"),
  }),
  "run/2": (args, ctx) => listSubjectFails(args, () => pastEndKills("run", args, ctx, withReInfo(["subject", "pattern"], ([s, p]) => run(s, p, NIL, ctx)))),
  // (a global run is re.erl's loop over single runs: a subject it cannot use is a bare badarg
  // there, vm/bifs/re_erl_lines.ts; the pattern and the options are judged first, with error_info)
  "run/3": (args, ctx) => listSubjectFails(args, () => pastEndKills("run", args, ctx,
    withReInfo([isGlobalRun(args[2]) ? "none" : "subject", "pattern", "options"], ([s, p, o]) => run(s, p, o, ctx)))),
});

// the compiler's (compiler/regex_sigil.ts): a literal ~r is compiled with the program, a bad
// pattern is a Regex.CompileError then, as in Elixir
defineBifs("beamlet_re", {
  /** {:ok, %Regex{}} for the source and modifiers of a literal ~r, or {:error, message} */
  "literal/2": ([source, mods]) => {
    const m = String(mods);
    const opts = regexOptions(m);
    if ("invalid" in opts) return tuple(atom("error"), bin(`invalid_option at position ${opts.invalid}`));
    const src = source as Bin;
    try {
      const c = compilePattern(src.bytes, opts);
      return tuple(atom("ok"), mapFromEntries([
        [atom("__struct__"), atom("Elixir.Regex")],
        [atom("opts"), bin(m)],
        [atom("re_pattern"), patternTerm(src.bytes, c.program.options, c.program.groups)],
        [atom("re_version"), tuple(bin("8.44 2020-02-12"), atom("little"))],
        [atom("source"), src],
      ]));
    } catch (e) {
      if (e instanceof PatternError) return tuple(atom("error"), bin(e.message));
      throw e;
    }
  },
});

