// Logger's level check, made by every Logger.debug/info/... call (lib/otp/logger.ex
// __should_log__/2): in one BIF, as a discarded entry costs the BEAM an ETS lookup and a
// persistent term read. It answers what the Elixir code would (the module's level, else the
// primary one, then the process level) when that code would answer without a round trip; in every
// other case (another process could run, the application controller not started yet, a level
// that is none of the eight, which raises there) it answers :undefined and the Elixir code decides.
import { Term, Atom, atom, tuple, isMap, MapLike, NIL_ATOM } from "../terms.ts";
import { defineBifs, defineDirect, BifContext } from "./registry.ts";
import { persistentTerm, persistentTermsMemo } from "./shared_terms.ts";
import type { Node } from "../node.ts";
import type { Process } from "../process.ts";

const UNDEFINED = atom("undefined");
const WARN = atom("warn");
const WARNING = atom("warning");
const DEBUG = atom("debug");
const CONTROLLER = atom("application_controller");
const PROCESS_LEVEL = atom("logger_level");
// the persistent terms lib/otp/logger.ex keeps them in (the same key objects each call: the
// persistent term table finds a key object it saw without hashing it)
const PRIMARY_LEVEL_KEY = tuple(atom("logger_config"), atom("$beamlet_primary_level$"));
const MODULE_LEVELS_KEY = tuple(atom("logger_config"), atom("$beamlet_module_levels$"));

/** :logger_config.level_to_int/1: higher is more verbose */
const SEVERITY = new Map<Term, number>(
  ["emergency", "alert", "critical", "error", "warning", "notice", "info", "debug"].map((l, i) => [atom(l), i]),
);
const LIMIT = new Map<Term, number>([...SEVERITY, [atom("none"), -1], [atom("all"), 10]]);

/** a module's level as a severity limit; NOT_A_LEVEL: its level is none of them (Elixir raises) */
const NOT_A_LEVEL = -2;

/**
 * The BIF's answer (the level, or nil when the entry is discarded), undefined where it answers
 * :undefined. Compiled code calls it in place of the BIF (vm/jit/inline_bifs.ts).
 */
export function loggerShouldLog(level: Term, module: Term, ctx: BifContext): Term | undefined {
  if (level === WARN) level = WARNING;
  const severity = SEVERITY.get(level);
  const node = ctx.node as Node, p = ctx.process as Process;
  if (severity === undefined || !node.runsAlone(p) || !node.registry.has(CONTROLLER)) return undefined;
  const max = moduleLimit(module, ctx);
  if (max === NOT_A_LEVEL) return undefined;
  if (severity > max) return NIL_ATOM;
  const own = p.hasDictionary ? p.dictionary.get(PROCESS_LEVEL)?.[1] : undefined;
  if (own === undefined || own === NIL_ATOM || own === UNDEFINED) return level;
  const ownMax = LIMIT.get(own === WARN ? WARNING : own);
  if (ownMax === undefined) return undefined;
  return severity <= ownMax ? level : NIL_ATOM;
}

// the last answer and the memo it holds for: a loop's Logger call asks for one module each time
// (storing or erasing a persistent term makes a new memo)
let lastMemo: Map<Term, unknown> | null = null;
let lastModule: Term = NIL_ATOM;
let lastLimit = 0;

/**
 * The limit of a module's entries: its own level, else the primary one. Remembered by module
 * until a persistent term changes (a Logger call reads it for every entry, as OTP reads its
 * persistent term and ETS table).
 */
function moduleLimit(module: Term, ctx: BifContext): number {
  const memo = persistentTermsMemo(ctx);
  if (module === lastModule && memo === lastMemo) return lastLimit;
  let max = module instanceof Atom ? (memo.get(module) as number | undefined) : undefined;
  if (max === undefined) {
    const modules = persistentTerm(ctx, MODULE_LEVELS_KEY);
    const limit = (modules !== undefined && isMap(modules) ? (modules as MapLike).get(module) : undefined) ?? persistentTerm(ctx, PRIMARY_LEVEL_KEY) ?? DEBUG;
    max = LIMIT.get(limit) ?? NOT_A_LEVEL;
    if (module instanceof Atom) memo.set(module, max);
  }
  lastMemo = memo;
  lastModule = module;
  return (lastLimit = max);
}

defineBifs("beamlet", { "logger_should_log/2": ([level, module], ctx) => loggerShouldLog(level, module, ctx) ?? UNDEFINED });
defineDirect("beamlet", "logger_should_log/2", (level, module, ctx) => loggerShouldLog(level as Term, module as Term, ctx as BifContext));
