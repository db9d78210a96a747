// Where Elixir's own library module has each of its funs (compiler/library_funs_data.ts, generated
// from Elixir 1.14's compiled code): compiling the library, a fun whose name and arity Elixir's
// module has takes that fun-table place, and the module's funs take its uniq, so that
// `Stream.map(1..3, & &1)` inspects as `#Function<48.103858489/1 in Stream.map/2>` as in Elixir.
// A fun Elixir's module has not is placed after all of Elixir's (no two funs share a place).
// Only the library compile asks (CompilerHost.libraryFunIndex, libraryFunsEnd, libraryFunUniq).
import { libraryFunsData } from "./library_funs_data.ts";

interface ModuleFuns {
  uniq: number;
  index: Map<string, number>;
  /** by "enclosing function/arity": the place of the one fun of that function taking that many
   *  values, or -1 when it has several */
  byEnclosing: Map<string, number>;
  /** the first place after Elixir's funs */
  next: number;
}

const byModule = new Map<string, ModuleFuns | null>();

function funsOf(module: string): ModuleFuns | null {
  let entry = byModule.get(module);
  if (entry === undefined) {
    const text = libraryFunsData()[module];
    entry = null;
    if (text !== undefined) {
      // "uniq name/arity index name/arity index ..."
      const words = text.split(" ");
      const index = new Map<string, number>();
      const byEnclosing = new Map<string, number>();
      let next = 0;
      for (let i = 1; i + 1 < words.length; i += 2) {
        const n = Number(words[i + 1]);
        index.set(words[i], n);
        next = Math.max(next, n + 1);
        const key = enclosingKey(words[i]);
        if (key !== null) byEnclosing.set(key, byEnclosing.has(key) ? -1 : n);
      }
      entry = { uniq: Number(words[0]), index, byEnclosing, next };
    }
    byModule.set(module, entry);
  }
  return entry;
}

/** the uniq of the funs of Elixir's module, if it has funs */
export function libraryFunUniq(module: string): number | undefined {
  return funsOf(module)?.uniq;
}

/** "f/2|5" for the fun "-f/2-fun-N-" taking 5 values: its function and arity, not its N */
function enclosingKey(nameArity: string): string | null {
  const m = /^-(.+)-fun-\d+-\/(\d+)$/.exec(nameArity);
  return m ? `${m[1]}|${m[2]}` : null;
}

/** the fun-table place of the fun `name` taking `arity` values (its free ones counted) in Elixir's
 *  module, if it has that fun; or if the function that makes it makes only one fun taking as
 *  many values there (beamlet's function may make fewer funs, so its N differs) */
export function libraryFunIndex(module: string, name: string, arity: number): number | undefined {
  const funs = funsOf(module);
  if (funs === null) return undefined;
  const exact = funs.index.get(`${name}/${arity}`);
  if (exact !== undefined) return exact;
  const key = enclosingKey(`${name}/${arity}`);
  const only = key === null ? undefined : funs.byEnclosing.get(key);
  return only === undefined || only < 0 ? undefined : only;
}

/** the first place after the funs of Elixir's module (where beamlet's own funs go), if it has funs */
export function libraryFunsEnd(module: string): number | undefined {
  return funsOf(module)?.next;
}
