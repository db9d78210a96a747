// An evaluated fn's code as erl_eval keeps it in the closure: its clauses with each node's line and
// each variable's name (and quoting context), not the column or the file. Two Code.eval_string
// calls of the same text make equal funs on the BEAM; the key below lets beamlet's funs of
// evaluated code compare so (vm/evaluated_fun.ts evalCodeOf). Free variables whose values the
// compiler folded into the code (`constants`) are part of the key, as erl_eval's bindings are.
// The clauses enter the key as a 64-bit structural hash, each node hashed once (fns nest 10,000
// deep in evaluated code, each fn needing its own key), walked without the JS stack.
import type { Ast } from "../lang/ast.ts";
import type { Term } from "../vm/terms.ts";
import { encodeExternal } from "../vm/external_term.ts";

type Hash = [number, number];

const hashes = new WeakMap<object, Hash>();

function mixText(h: Hash, s: string): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h[0] = Math.imul(h[0] ^ c, 0x01000193);
    h[1] = Math.imul(h[1] ^ c, 0x27d4eb2d) ^ (h[1] >>> 15);
  }
  // a separator, so that "ab" + "c" and "a" + "bc" differ
  h[0] = Math.imul(h[0] ^ 0xff, 0x01000193);
  h[1] = Math.imul(h[1] ^ 0xff, 0x27d4eb2d) ^ (h[1] >>> 15);
}

function mixHash(h: Hash, x: Hash): void {
  h[0] = Math.imul(h[0] ^ x[0], 0x01000193) ^ (x[1] >>> 7);
  h[1] = Math.imul(h[1] ^ x[1], 0x27d4eb2d) ^ (x[0] >>> 11);
}

function children(x: Ast): Ast[] {
  if (x.t === "list" || x.t === "tuple") return x.items;
  if (x.t !== "call") return [];
  const out = typeof x.name === "string" ? [] : [x.name];
  return x.args === null ? out : out.concat(x.args);
}

function ownHash(x: Ast): Hash {
  const h: Hash = [0x811c9dc5, 0x9747b28c];
  switch (x.t) {
    case "int": mixText(h, "i" + x.v.toString()); break;
    case "float": mixText(h, "f" + String(x.v)); break;
    case "atom": mixText(h, ":" + x.v); break;
    case "str": mixText(h, '"' + x.v); break;
    case "list": mixText(h, "[" + x.items.length); break;
    case "tuple": mixText(h, "{" + x.items.length); break;
    case "call":
      mixText(h, `(${x.meta.line ?? ""}@${x.meta.context ?? ""}|${typeof x.name === "string" ? x.name : ""}|${x.args === null ? "var" : x.args.length}`);
  }
  return h;
}

/** the structural hash of x, its subtrees hashed once each (memoised) */
function hashOf(root: Ast): Hash {
  const known = hashes.get(root);
  if (known) return known;
  const work: [Ast, boolean][] = [[root, false]];
  while (work.length > 0) {
    const [x, ready] = work.pop()!;
    if (hashes.has(x)) continue;
    const kids = children(x);
    if (!ready) {
      work.push([x, true]);
      for (const k of kids) if (!hashes.has(k)) work.push([k, false]);
      continue;
    }
    const h = ownHash(x);
    for (const k of kids) mixHash(h, hashes.get(k)!);
    hashes.set(x, h);
  }
  return hashes.get(root)!;
}

export function evalFunCode(a: Ast, captured: number, constants: [string, Term][]): string {
  // the number of free variables first: funs with fewer order first, as erl_eval's bindings do
  const out: string[] = [String(captured + constants.length).padStart(8, "0"), "#"];
  for (const [name, value] of constants) out.push(JSON.stringify(name), "=", Array.from(encodeExternal(value), (b) => b.toString(16).padStart(2, "0")).join(""), ";");
  const [h1, h2] = hashOf(a);
  out.push((h1 >>> 0).toString(16), ":", (h2 >>> 0).toString(16));
  return out.join("");
}
