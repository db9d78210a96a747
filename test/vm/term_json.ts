// Decodes the term encoding written by scripts/regen-*-goldens.exs back into VM terms.
import { Term, Float, atom, binFromBytes, list, tuple, int } from "../../vm/terms.ts";
import { mapFromEntries } from "../../vm/map.ts";

export type TermJson =
  | { int: string } | { float: string } | { atom: string } | { bin: number[] }
  | { list: TermJson[]; tail?: TermJson } | { tuple: TermJson[] } | { map: [TermJson, TermJson][] };

export function fromJson(j: TermJson): Term {
  if ("int" in j) return int(BigInt(j.int));
  if ("float" in j) return new Float(parseFloat(j.float));
  if ("atom" in j) return atom(j.atom);
  if ("bin" in j) return binFromBytes(Uint8Array.from(j.bin));
  if ("list" in j) return list(j.list.map(fromJson), j.tail ? fromJson(j.tail) : undefined);
  if ("tuple" in j) return tuple(...j.tuple.map(fromJson));
  return mapFromEntries(j.map.map(([k, v]) => [fromJson(k), fromJson(v)] as [Term, Term]));
}
