// Compiler warnings Elixir prints as it expands a definition, held until the module's warnings
// are printed, so that each comes where the expansion met it: between the unused variables of
// the clauses before and those of its own clause (compiler/warnings/variables.ts places them as
// its walk reaches the node). One the walk never reaches (code a macro rewrote) is printed ahead
// of the module's warnings, where all of them went before.
export interface PlacedWarning {
  message: string;
  line: number;
  where?: string;
  /** the variable name it is about */
  name: string;
  /** the whole block, for printing it unplaced */
  text: string;
  placed: boolean;
}

const byNode = new WeakMap<object, PlacedWarning>();
const byModule = new Map<string, PlacedWarning[]>();
// (a macro that rewrites code it is given, as ExUnit's test does, makes new nodes: then the
// function, line and name find it)
const bySite = new Map<string, PlacedWarning[]>();
const site = (where: string | undefined, line: number, name: string) => `${where}|${line}|${name}`;

export function holdWarning(module: string, at: object, w: Omit<PlacedWarning, "placed">): void {
  const held = { ...w, placed: false };
  byNode.set(at, held);
  const key = site(w.where, w.line, w.name);
  if (!bySite.has(key)) bySite.set(key, []);
  bySite.get(key)!.push(held);
  if (!byModule.has(module)) byModule.set(module, []);
  byModule.get(module)!.push(held);
}

/** the warning held for this node (or for the variable `name` at this line of the function
 *  `where`), now placed (once) */
export function placeWarningAt(at: object, where: string | undefined, line: number | undefined, name: string): PlacedWarning | undefined {
  const w = byNode.get(at) ?? (line === undefined ? undefined : bySite.get(site(where, line, name))?.find((x) => !x.placed));
  if (!w || w.placed) return undefined;
  w.placed = true;
  return w;
}

/** the module's held warnings no walk placed, as printed (and forgotten) */
export function takeUnplaced(module: string): string[] {
  const held = byModule.get(module) ?? [];
  byModule.delete(module);
  for (const w of held) bySite.delete(site(w.where, w.line, w.name));
  return held.filter((w) => !w.placed).map((w) => w.text);
}

/** every module's held warnings no walk placed (a module that failed to compile) */
export function takeAllUnplaced(): string[] {
  return [...byModule.keys()].flatMap(takeUnplaced);
}
