// Built-in functions (BIFs): first-order functions written in TS, grouped by module in vm/bifs/.
// A BIF never calls back into language code (anything taking a fun lives in lib/).
// A remote call M.f(args) first looks here ("M:f/arity", M being the atom's name, e.g.
// "erlang:length/1" or "Elixir.String:length/1"), then in the loaded modules.
// Errors are raised by throwing ErlangError (vm/errors.ts), never JS errors.
import type { Term, Pid } from "../terms.ts";
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
  for (const [key, fn] of Object.entries(fns)) {
    const slash = key.lastIndexOf("/");
    const name = key.slice(0, slash);
    const arity = Number(key.slice(slash + 1));
    table.set(bifKey(module, name, arity), { module, name, arity, fn, guard: guardSafe.includes(key) });
  }
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
