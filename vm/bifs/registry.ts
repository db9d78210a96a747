// Built-in functions (BIFs): first-order functions written in TS, grouped by module in vm/bifs/.
// A BIF never calls back into language code (anything taking a fun lives in lib/).
// A remote call M.f(args) first looks here ("M:f/arity", M being the atom's name, e.g.
// "erlang:length/1" or "Elixir.String:length/1"), then in the loaded modules.
// Errors are raised by throwing ErlangError (vm/errors.ts), never JS errors.
import { atom, list, tuple, type Term, type Pid } from "../terms.ts";
import { ErlangError } from "../errors.ts";
import { mapFromEntries } from "../map.ts";
import type { TailCall } from "../calls.ts";

/** What a BIF may ask of the process and node it runs in. Implemented by the VM. */
export interface BifContext {
  /** write text to the node's stdout (1) or stderr (2) */
  write(fd: 1 | 2, text: string): void;
  self(): Pid;
  /** node-wide services (scheduler, code server, host); typed by the VM, opaque to pure BIFs */
  readonly node: any;
  readonly process: any;
}

/** A BIF returns a term, or asks the interpreter to call something in its place (TailCall). */
export type BifFn = (args: Term[], ctx: BifContext) => Term | TailCall;

export interface BifEntry {
  readonly module: string;
  readonly name: string;
  readonly arity: number;
  readonly fn: BifFn;
  /** allowed in guards (is_integer, length, map_size, ...) */
  readonly guard: boolean;
}

const table = new Map<string, BifEntry>();

export function bifKey(module: string, name: string, arity: number): string {
  return module + ":" + name + "/" + arity;
}

/** Register BIFs for one module: defineBifs("erlang", { "length/1": ([l]) => ... }) */
export function defineBifs(module: string, fns: Record<string, BifFn>, guardSafe: readonly string[] = []): void {
  const framed = FRAMED_MODULES[module];
  for (const [key, fn] of Object.entries(fns)) {
    const slash = key.lastIndexOf("/");
    const name = key.slice(0, slash);
    const arity = Number(key.slice(slash + 1));
    const f = framed !== undefined && !RAISERS.has(key) ? withOwnFrame(module, name, framed, fn) : fn;
    table.set(bifKey(module, name, arity), { module, name, arity, fn: f, guard: guardSafe.includes(key) });
  }
}

// A failing C BIF of the BEAM heads the stack trace with itself and its arguments:
// {:erlang, :hd, [:a], [error_info: %{module: :erl_erts_errors}]}. Exception.blame/3 then names an
// ArithmeticError's operands from that frame ("bad argument in arithmetic expression: :a * 2").
// The modules whose BIFs are the BEAM's C BIFs, with the module that formats their errors:
const FRAMED_MODULES: Record<string, string> = { erlang: "erl_erts_errors", math: "erl_stdlib_errors" };
/** BIFs whose exception is the point, not a failure of theirs: no frame of their own */
const RAISERS = new Set(["error/1", "error/2", "error/3", "exit/1", "throw/1", "raise/3", "nif_error/1", "nif_error/2", "apply/2", "apply/3"]);

/** the frame location [error_info: %{module: M}] by errors module: one term shared by its BIFs */
const frameLocations = new Map<string, Term>();

function withOwnFrame(module: string, name: string, errorsModule: string, fn: BifFn): BifFn {
  const mod = atom(module), fname = atom(name);
  let loc = frameLocations.get(errorsModule);
  if (!loc) frameLocations.set(errorsModule, (loc = list([tuple(atom("error_info"), mapFromEntries([[atom("module"), atom(errorsModule)]]))])));
  return (args, ctx) => {
    try {
      return fn(args, ctx);
    } catch (e) {
      if (e instanceof ErlangError && e.kind === "error" && e.stacktrace === undefined) e.callee = tuple(mod, fname, list(args), loc);
      throw e;
    }
  };
}

export function lookupBif(module: string, name: string, arity: number): BifEntry | undefined {
  return table.get(bifKey(module, name, arity));
}

export function bifsOfModule(module: string): BifEntry[] {
  return [...table.values()].filter((e) => e.module === module);
}

/** every module that has BIFs (e.g. "erlang", "lists", "Elixir.String") */
export function allBifModules(): string[] {
  return [...new Set([...table.values()].map((e) => e.module))];
}
