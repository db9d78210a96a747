// The arguments of `beamlet run` (and `beamlet -e`), read as `elixir` reads its own (Kernel.CLI)
// or, in a project, as `mix run` reads them (OptionParser.parse_head!/2 in Mix.Tasks.Run): the
// commands in the order given, then what System.argv() gets.
import type { ScriptCommand } from "./run_script.ts";

export interface ElixirArgs {
  commands: ScriptCommand[];
  argv: string[];
  /** what elixir prints once the commands ran ("--foo : Unknown option"), then exits with 1 */
  errors: string[];
  noHalt: boolean;
  /** an option of elixir's that beamlet does not have, and what to do instead: said before anything runs */
  unsupported?: string;
  /** -pa/-pz PATH in their order: each directory the pattern matches goes to the front (-pa) or
   *  the end (-pz) of the code path before anything runs */
  codePaths: { pattern: string; front: boolean }[];
  /** -v/--version among the options: elixir prints its versions and halts before anything runs,
   *  with 0, or with 1 (and `error`) when other arguments follow it */
  version?: { status: 0 | 1; error?: string };
}

const NOT_DISTRIBUTED = "a beamlet node is not distributed (a release's `bin/APP remote` and `bin/APP rpc` reach its node without one)";
const NO_ERL = "there is no Erlang VM under beamlet to pass flags to";
/** elixir's options beamlet does not have (and whether they take a value), with the reason */
const UNSUPPORTED: Record<string, [boolean, string]> = {
  "--sname": [true, NOT_DISTRIBUTED],
  "--name": [true, NOT_DISTRIBUTED],
  "--cookie": [true, NOT_DISTRIBUTED],
  "--hidden": [false, NOT_DISTRIBUTED],
  "--erl": [true, NO_ERL],
  "--vm-args": [true, NO_ERL],
  "--boot": [true, NO_ERL],
  "--pipe-to": [true, NO_ERL],
  "-S": [true, "in a project, `beamlet run` is `mix run`, `beamlet repl` is `iex -S mix` and `beamlet test` is `mix test`"],
  "+iex": [false, "`beamlet repl` (or `beamlet` alone) is iex"],
  "+elixirc": [false, "`beamlet compile FILE.ex -o DIR` is elixirc"],
};

/**
 * `elixir [options] [FILE] [ARGS]`: -e/--eval CODE, -r/-pr PATTERN, --app APP, -pa/-pz PATH,
 * --no-halt, in any number and order;
 * the first argument that is not an option is the file, and the rest is System.argv() (once there
 * is an -e, that argument and the rest are System.argv()); `--` ends the options. An unknown
 * option is an error printed at the end, and the reading goes on after it.
 */
export function parseElixirArgs(args: string[]): ElixirArgs {
  const out: ElixirArgs = { commands: [], argv: [], errors: [], noHalt: false, codePaths: [] };
  for (let i = 0; i < args.length; ) {
    const a = args[i];
    if (a === "--") {
      out.argv = args.slice(i + 1);
      return out;
    }
    if (!a.startsWith("-") && !Object.hasOwn(UNSUPPORTED, a)) {
      if (out.commands.some((c) => c.kind === "eval")) out.argv = args.slice(i);
      else {
        out.commands.push({ kind: "file", file: a });
        out.argv = args.slice(i + 1);
      }
      return out;
    }
    if (a === "-v" || a === "--version") {
      out.version = i + 1 < args.length ? { status: 1, error: `${a} : Standalone options can't be combined with other options` } : { status: 0 };
      return out;
    }
    const value = args[i + 1];
    if ((a === "-e" || a === "--eval") && value !== undefined) {
      out.commands.push({ kind: "eval", code: value });
      i += 2;
    } else if ((a === "-r" || a === "-pr") && value !== undefined) {
      out.commands.push({ kind: "require", pattern: value, parallel: a === "-pr" });
      i += 2;
    } else if ((a === "-pa" || a === "-pz") && value !== undefined) {
      out.codePaths.push({ pattern: value, front: a === "-pa" });
      i += 2;
    } else if (a === "--app" && value !== undefined) {
      // started in its turn among the -e and -r (Application.ensure_all_started/1)
      out.commands.push({ kind: "app", app: value });
      i += 2;
    } else if (a === "--no-halt") {
      out.noHalt = true;
      i++;
    } else if (Object.hasOwn(UNSUPPORTED, a)) {
      const [takesValue, why] = UNSUPPORTED[a];
      out.unsupported ??= `beamlet: ${a} is not supported: ${why}`;
      i += takesValue ? 2 : 1;
    } else {
      out.errors.push(`${a} : Unknown option`);
      i++;
    }
  }
  return out;
}

export interface MixRunArgs {
  commands: ScriptCommand[];
  argv: string[];
  halt: boolean;
  start: boolean;
  compile: boolean;
  /** -c/--config FILE (deprecated in 1.14): configuration files read before compiling */
  configs: string[];
  /** --parallel-require PATTERN was given (deprecated: mix warns) */
  parallelRequire: boolean;
  parallel: boolean;
  /** OptionParser's errors: mix refuses to run the task */
  errors: string[];
}

// Mix.Tasks.Run's switches (Elixir 1.14), by the name OptionParser gives them
const BOOLEANS = ["parallel", "mix-exs", "halt", "compile", "deps-check", "start", "archives-check", "elixir-version-check", "preload-modules"];
const KEEPS = ["require", "eval", "config", "parallel-require"];
const ALIASES: Record<string, string> = { r: "require", p: "parallel", e: "eval", c: "config" };

/**
 * `mix run [options] [FILE] [ARGS]` as OptionParser.parse_head!/2 reads them: options until the
 * first argument that is not one (or `--`); -r and -e kept in their order; with an -e, the file is
 * System.argv()'s too. The file runs after every -r and -e.
 */
export function parseMixRunArgs(args: string[]): MixRunArgs {
  const out: MixRunArgs = { commands: [], argv: [], halt: true, start: true, compile: true, configs: [], parallelRequire: false, parallel: false, errors: [] };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    let name: string | undefined;
    let inline: string | undefined;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      inline = eq < 0 ? undefined : a.slice(eq + 1);
    } else name = ALIASES[a.slice(1)];
    const negated = name?.startsWith("no-") && BOOLEANS.includes(name.slice(3)) ? name.slice(3) : undefined;
    if (name !== undefined && (BOOLEANS.includes(name) || negated)) {
      const on = negated === undefined;
      const key = negated ?? name;
      if (key === "halt") out.halt = on;
      if (key === "start") out.start = on;
      if (key === "compile") out.compile = on;
      if (key === "parallel") out.parallel = on;
      continue;
    }
    if (name !== undefined && KEEPS.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) {
        out.errors.push(`${a} : Missing argument of type string`);
        continue;
      }
      if (name === "eval") out.commands.push({ kind: "eval", code: value });
      else if (name === "require") out.commands.push({ kind: "require", pattern: value });
      else if (name === "parallel-require") {
        out.parallelRequire = true;
        out.parallel = true;
        out.commands.push({ kind: "require", pattern: value });
      } else out.configs.push(value);
      continue;
    }
    out.errors.push(`${a} : Unknown option`);
  }
  // -p makes every -r parallel (Kernel.ParallelCompiler.require/1)
  if (out.parallel) for (const c of out.commands) if (c.kind === "require") c.parallel = true;
  const rest = args.slice(i);
  if (out.commands.some((c) => c.kind === "eval") || rest.length === 0) out.argv = rest;
  else {
    out.commands.push({ kind: "file", file: rest[0] });
    out.argv = rest.slice(1);
  }
  return out;
}
