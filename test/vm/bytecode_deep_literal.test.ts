// A literal nested 10,000 deep (Elixir compiles `def l, do: [[[...]]]`) is written to a .bbc file
// and read back: its deep parts go in the external term format, as JSON.stringify cannot write
// them (before, `beamlet compile` stopped with "internal error: Maximum call stack size
// exceeded"). In such a part a hostile file can hold neither pids, references nor funs, and its
// atoms count against the atom table as any literal's.
import { it, expect } from "vitest";
import { Node } from "../../vm/node.ts";
import { compilerHost } from "../../vm/boot.ts";
import { compileModules } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { readModule, writeModule, decodeValue, trustedModuleFromPayload } from "../../vm/bytecode_file.ts";
import { encodeExternal } from "../../vm/external_term.ts";
import { Cons, Tuple, Pid, Term, atom, tuple } from "../../vm/terms.ts";
import { isMap } from "../../vm/terms.ts";
import { exactEquals } from "../../vm/compare.ts";

const D = 10_000;
const nest = (open: string, inner: string, close: string) => open.repeat(D) + inner + close.repeat(D);

function depth(t: Term): number {
  let n = 0;
  for (;;) {
    if (t instanceof Cons) t = t.head;
    else if (t instanceof Tuple) t = t.items[0];
    else if (isMap(t)) t = t.get(atom("a"))!;
    else return n;
    n++;
  }
}

it("a module with 10,000-deep list, tuple and map literals is written and read back", () => {
  const node = new Node({ write() {}, now: () => 0, setTimer: () => ({ cancel() {} }), readFile: () => null });
  const host = compilerHost(node, new Map());
  const src = `defmodule DeepLit do\n  def l, do: ${nest("[", ":x", "]")}\n  def t, do: ${nest("{", ":x", "}")}\n  def m, do: ${nest("%{a: ", ":x", "}")}\nend\n`;
  const [m] = compileModules(parse(src, "deep_lit.ex"), "deep_lit.ex", host);
  const back = readModule(writeModule(m));
  expect(back).not.toBeNull();
  const deep = back!.literals.filter((l) => l instanceof Cons || l instanceof Tuple || isMap(l as Term));
  expect(deep.map((l) => depth(l as Term)).sort()).toEqual([D, D, D]);
  for (const l of deep) expect(m.literals.some((x) => exactEquals(x as Term, l as Term))).toBe(true);
  // the browser's library file keeps the same payload and reads it without the checks
  const bytes = writeModule(m);
  const payload = JSON.parse(new TextDecoder().decode(bytes.subarray(14, bytes.length - 4)));
  const trusted = trustedModuleFromPayload(payload).literals.filter((l) => l instanceof Cons || l instanceof Tuple || isMap(l as Term));
  expect(trusted.map((l) => depth(l as Term)).sort()).toEqual([D, D, D]);
});

it("a deep literal part holding a pid is refused", () => {
  const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
  expect(() => decodeValue({ $x: b64(encodeExternal(tuple(new Pid(1, 0)))) })).toThrow();
  expect(decodeValue({ $x: b64(encodeExternal(tuple(atom("ok")))) })).toEqual(tuple(atom("ok")));
});
