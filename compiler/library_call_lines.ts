// Where Elixir's (OTP's) own library function makes a call (compiler/library_call_lines_data.ts,
// generated from Elixir 1.14's and OTP 25's abstract code): a frame below the top of a stack trace
// names the line of the call its function was making (Date.to_erl/1 at lib/calendar/date.ex:428,
// calling convert!/2). Compiling the library, the calls in module.name/arity to a function of a
// name and arity are placed on the lines of Elixir's calls of it there (compiler/calls_placed.ts).
import { libraryCallLinesData } from "./library_call_lines_data.ts";

/** per callee "name/arity", the lines of its calls in order */
export type CallLines = ReadonlyMap<string, readonly number[]>;

const byModule = new Map<string, Map<string, CallLines>>();

function functionsOf(module: string): Map<string, CallLines> {
  let entry = byModule.get(module);
  if (entry === undefined) {
    entry = new Map();
    // "name/arity callee/arity:line,line ...;name/arity ..."
    for (const fn of (libraryCallLinesData()[module] ?? "").split(";")) {
      const [key, ...calls] = fn.split(" ");
      if (calls.length === 0) continue;
      entry.set(key, new Map(calls.map((c) => {
        const colon = c.lastIndexOf(":");
        return [c.slice(0, colon), c.slice(colon + 1).split(",").map(Number)] as [string, number[]];
      })));
    }
    byModule.set(module, entry);
  }
  return entry;
}

/** the lines of the calls module.name/arity makes in Elixir's source, by "callee/arity" */
export function libraryCallLines(module: string, name: string, arity: number): CallLines | undefined {
  return functionsOf(module).get(`${name}/${arity}`);
}

