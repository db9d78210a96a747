// Dev tool: graft random AST subtrees into corpus programs and list the distinct internal
// compiler errors with where they come from (the fuzz test in test/compiler asserts there are none).
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "../lang/parse.ts";
import { CompileError } from "../lang/compile_error.ts";
import type { Ast } from "../lang/ast.ts";
const cmp = await import("../compiler/compile.ts");
const dir = "test/conformance/core";
const asts: Ast[] = readdirSync(dir).filter((f) => f.endsWith(".exs")).flatMap((f) => { try { return [parse(readFileSync(dir + "/" + f, "utf8"), f)]; } catch { return []; } });
const subs: Ast[] = [];
const collect = (a: Ast): void => { subs.push(a); if (a.t === "list" || a.t === "tuple") a.items.forEach(collect); if (a.t === "call") { if (typeof a.name !== "string") collect(a.name); a.args?.forEach(collect); } };
asts.forEach(collect);
function graft(a: Ast, n: { left: number }, g: Ast): Ast {
  if (n.left-- === 0) return g;
  if (a.t === "list" || a.t === "tuple") return { ...a, items: a.items.map((x) => graft(x, n, g)) } as Ast;
  if (a.t === "call") return { ...a, name: typeof a.name === "string" ? a.name : graft(a.name, n, g), args: a.args === null ? null : a.args.map((x) => graft(x, n, g)) };
  return a;
}
let seed = 7;
const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const seen = new Map<string, string>();
const host = { moduleExports: () => undefined, useTemplate: () => undefined, lenient: true };
for (let i = 0; i < 20000; i++) {
  const ast = graft(asts[rnd(asts.length)], { left: rnd(400) }, subs[rnd(subs.length)]);
  try {
    (cmp as any).compileScript(ast, "f.exs", host, [], { fileEntry: true });
  } catch (e) {
    if (!(e instanceof CompileError)) { seen.set("RAW " + String(e), ""); continue; }
  }
}
// re-run unguarded to get stacks
const orig = cmp.guardCompile;
for (let i = 0; i < 20000; i++) {
  const ast = graft(asts[rnd(asts.length)], { left: rnd(400) }, subs[rnd(subs.length)]);
  try {
    (cmp as any).compileScript(ast, "f.exs", host, [], { fileEntry: true });
  } catch (e) {
    if (e instanceof CompileError && e.description.includes("internal")) {
      const key = e.description;
      if (!seen.has(key)) seen.set(key, (e as any).cause?.stack?.split("\n").slice(1, 4).join(" | ") ?? "");
    }
  }
}
void orig;
for (const [k, v] of seen) console.log(k, "::", v);
