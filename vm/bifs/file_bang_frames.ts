// Elixir's File bang functions raise File.Error/CopyError/... from their own frame, so a failure's
// stack trace starts at lib/file.ex where Elixir 1.14 raises (File.read!/1 at line 358). The BIFs
// standing for them add that frame to what they raise. A bang function with defaults shows the
// full arity's frame (File.write!/2 fails in File.write!/3), as Elixir's does.
import { Atom, Term, atom, list, tuple } from "../terms.ts";
import { ErlangError } from "../errors.ts";

const RAISED_AT: Record<string, [string, number, number]> = {
  "read!/1": ["read!", 1, 358],
  "write!/2": ["write!", 3, 1104],
  "write!/3": ["write!", 3, 1104],
  "mkdir!/1": ["mkdir!", 1, 255],
  "mkdir_p!/1": ["mkdir_p!", 1, 319],
  "rm!/1": ["rm!", 1, 1182],
  "rmdir!/1": ["rmdir!", 1, 1220],
  "cp!/2": ["cp!", 3, 838],
  "rename!/2": ["rename!", 2, 766],
  "ls!/0": ["ls!", 1, 1637],
  "ls!/1": ["ls!", 1, 1637],
  "touch!/1": ["touch!", 2, 605],
  "touch!/2": ["touch!", 2, 605],
  "ln_s!/2": ["ln_s!", 2, 666],
  "ln!/2": ["ln!", 2, 634],
  "chmod!/2": ["chmod!", 2, 1753],
  "read_link!/1": ["read_link!", 1, 504],
  "copy!/2": ["copy!", 3, 717],
  "copy!/3": ["copy!", 3, 717],
};

const FILE = atom("Elixir.File");
const LOCATION_FILE = list([..."lib/file.ex"].map((c) => c.charCodeAt(0)));

export function withFileFrames<F extends (args: Term[], ctx: any) => any>(fns: Record<string, F>): Record<string, F> {
  for (const key of Object.keys(fns)) {
    const at = RAISED_AT[key];
    if (at === undefined) continue;
    const fn = fns[key];
    const [name, arity, line] = at;
    fns[key] = ((args: Term[], ctx: any) => {
      try {
        return fn(args, ctx);
      } catch (e) {
        if (e instanceof ErlangError && e.callee === undefined && isFileException(e.reason)) {
          e.callee = tuple(FILE, atom(name), arity, list([tuple(atom("file"), LOCATION_FILE), tuple(atom("line"), line)]));
        }
        throw e;
      }
    }) as F;
  }
  return fns;
}

function isFileException(reason: Term): boolean {
  const s = (reason as { get?: (k: Term) => Term | undefined }).get?.(atom("__struct__"));
  return s instanceof Atom && s.name.startsWith("Elixir.File.");
}
