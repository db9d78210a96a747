// A digest of a module's literal table, for the uniq of its funs (vm/module.ts funUniqOf): on the
// BEAM that uniq is of the whole module's code, so two versions differing only in a literal
// (`fn -> 1 end`, then `fn -> 2 end`) make funs that are not equal. The walk keeps its own stack
// (a literal may be nested 10,000 deep: test/compiler/deep_code) and reads only the terms'
// contents, so the same literals give the same digest in every run, tier and process.
import { Atom, Bin, Cons, Float, NIL, Tuple, isMap, type Term } from "./terms.ts";

const PRIME = 0x01000193;

// a tag before each kind of value, so that 2 and "2", [1] and {1} differ
const enum Tag { Int = 1, Big, Str, Bool, Nil, Atom, Float, Bin, List, Improper, Tuple, Map, Array, Object, Skipped, Other }

const floatView = new DataView(new ArrayBuffer(8));

/**
 * FNV-1a over every value in `literals`, continuing from `h`; a binary `skip` answers true for is
 * read as a marker alone (a compilation's keys of its nested definitions, random per process:
 * compiler/nested_modules.ts)
 */
export function literalsDigest(literals: readonly unknown[], h: number, skip?: (b: Bin) => boolean): number {
  const mix = (x: number) => (h = Math.imul(h ^ x, PRIME));
  const text = (s: string) => {
    mix(s.length);
    for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
  };
  const stack: unknown[] = [];
  for (let i = literals.length - 1; i >= 0; i--) stack.push(literals[i]);
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x === "number") {
      if ((x | 0) === x) mix(Tag.Int), mix(x);
      else mix(Tag.Big), text(String(x));
    } else if (typeof x === "bigint") mix(Tag.Big), text(x.toString());
    else if (typeof x === "string") mix(Tag.Str), text(x);
    else if (typeof x === "boolean") mix(Tag.Bool), mix(x ? 1 : 0);
    else if (x === null || x === undefined || x === NIL) mix(x === NIL ? Tag.List : Tag.Nil), mix(0);
    else if (x instanceof Atom) mix(Tag.Atom), text(x.name);
    else if (x instanceof Float) {
      floatView.setFloat64(0, x.value);
      mix(Tag.Float), mix(floatView.getInt32(0)), mix(floatView.getInt32(4));
    } else if (x instanceof Bin) {
      if (skip?.(x)) {
        mix(Tag.Skipped);
        continue;
      }
      const bytes = x.bytes;
      mix(Tag.Bin), mix(bytes.length), mix(x.tailBits);
      for (let i = 0; i < bytes.length; i++) mix(bytes[i]);
    } else if (x instanceof Cons) {
      const items: Term[] = [];
      let t: Term = x;
      for (; t instanceof Cons; t = t.tail) items.push(t.head);
      mix(t === NIL ? Tag.List : Tag.Improper), mix(items.length);
      if (t !== NIL) stack.push(t);
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    } else if (x instanceof Tuple) pushAll(Tag.Tuple, x.items);
    else if (isMap(x as Term)) {
      const entries = (x as { entries(): [Term, Term][] }).entries();
      mix(Tag.Map), mix(entries.length);
      for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i][1], entries[i][0]);
    } else if (Array.isArray(x)) pushAll(Tag.Array, x);
    else if (typeof x === "object" && isRecord(x)) {
      // (the compiler's pattern descriptors and segment specs: plain records of values)
      const keys = Object.keys(x).filter((k) => (x as Record<string, unknown>)[k] !== undefined);
      mix(Tag.Object), mix(keys.length);
      for (let i = keys.length - 1; i >= 0; i--) stack.push((x as Record<string, unknown>)[keys[i]], keys[i]);
    } else mix(Tag.Other);
  }
  return h;

  function pushAll(tag: Tag, items: readonly unknown[]): void {
    mix(tag), mix(items.length);
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
  }
}

/** a plain record (no class instance: a fun, a pid, reach far beyond the literal) */
function isRecord(x: object): boolean {
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}
