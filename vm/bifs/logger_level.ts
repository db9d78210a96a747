// Logger's level check, made by every Logger.debug/info/... call (lib/otp/logger.ex
// __should_log__/2): in one BIF, as a discarded entry costs the BEAM an ETS lookup and a
// persistent term read. It answers what the Elixir code would (the module's level, else the
// primary one, then the process level) when that code would answer without a round trip; in every
// other case (another process could run, the application controller not started yet, a level
// that is none of the eight, which raises there) it answers :undefined and the Elixir code decides.
import { Term, atom, tuple, isMap, MapLike, NIL_ATOM } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { persistentTerm } from "./shared_terms.ts";
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

function shouldLog([level, module]: Term[], ctx: BifContext): Term {
  if (level === WARN) level = WARNING;
  const severity = SEVERITY.get(level);
  const node = ctx.node as Node, p = ctx.process as Process;
  if (severity === undefined || !node.runsAlone(p) || !node.registry.has(CONTROLLER)) return UNDEFINED;
  const modules = persistentTerm(ctx, MODULE_LEVELS_KEY);
  const limit = (modules !== undefined && isMap(modules) ? (modules as MapLike).get(module) : undefined) ?? persistentTerm(ctx, PRIMARY_LEVEL_KEY) ?? DEBUG;
  const max = LIMIT.get(limit);
  if (max === undefined) return UNDEFINED;
  if (severity > max) return NIL_ATOM;
  const own = p.hasDictionary ? p.dictionary.get(PROCESS_LEVEL)?.[1] : undefined;
  if (own === undefined || own === NIL_ATOM || own === UNDEFINED) return level;
  const ownMax = LIMIT.get(own === WARN ? WARNING : own);
  if (ownMax === undefined) return UNDEFINED;
  return severity <= ownMax ? level : NIL_ATOM;
}

defineBifs("beamlet", { "logger_should_log/2": shouldLog });
