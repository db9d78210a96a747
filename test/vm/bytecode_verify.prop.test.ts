// Property: hostile object code has two possible outcomes, never a third. Either the verifier
// rejects the file ({:error, :badfile}), or the code runs and whatever it does ends in Elixir
// terms: values, exceptions and exit reasons of its own process. No JS exception escapes the
// interpreter (before the verifier, such code aborted the VM, froze it or corrupted other frames).
//
// Two sources of code: a generator of well-typed-looking functions (random instructions that keep
// the stack balanced, structured branches, try/guard/receive blocks, loops, calls of every kind),
// which the verifier must accept, and mutations of those and of compiled Elixir (bit flips, wild
// operands and jumps, random opcodes, truncation, bad slot counts and entries, literals replaced by
// junk). Each accepted module is loaded into a fresh deterministic node and every function is run
// with random arguments for a bounded number of slices. fast-check prints the seed of a failure;
// BEAMLET_SEED=N replays it (test/seed.ts).
import { describe, it, expect, beforeAll } from "vitest";
import fc from "fast-check";
import { assemble, type FnSpec, type Instr, type Operand } from "./bytecode_asm.ts";
import { decodeModule, writeModule, BadFile } from "../../vm/bytecode_file.ts";
import { Node } from "../../vm/node.ts";
import { nodeHost } from "../../cli/host.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";
import { compilerHost, loadLibrary } from "../../vm/boot.ts";
import { compileModules } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { Halt, ProcessKilled } from "../../vm/calls.ts";
import { atom, bin, list, tuple, Float, NIL, Term, Cons } from "../../vm/terms.ts";
import { mapFromEntries } from "../../vm/map.ts";
import type { CompiledModule } from "../../vm/module.ts";
import type { Process } from "../../vm/process.ts";

// ---- a deterministic random source for one case ------------------------------------------------

class Rng {
  constructor(private s: number) {}
  next(): number {
    this.s = (Math.imul(this.s ^ (this.s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    let t = Math.imul(this.s ^ (this.s >>> 13), 0x297a2d39);
    t ^= t >>> 16;
    return (t >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---- what generated code may call: nothing that halts the node or touches the host ------------

const TERMS: Term[] = [
  0, 1, -7, 42, 2n ** 70n, atom("ok"), atom("true"), atom("false"), atom("nil"), atom("a"), atom("lists"), atom("erlang"),
  new Float(1.5), bin("abc"), bin(""), list([1, 2, 3]), NIL, tuple(1, atom("a")), tuple(), mapFromEntries([[atom("a"), 1]]),
  new Cons(1, 2), list([tuple(atom("a"), 1)]),
];
const BIFS: [string, string, number][] = [
  ["erlang", "element", 2], ["erlang", "setelement", 3], ["erlang", "tuple_size", 1], ["erlang", "hd", 1], ["erlang", "tl", 1],
  ["erlang", "length", 1], ["erlang", "is_atom", 1], ["erlang", "byte_size", 1], ["erlang", "abs", 1], ["erlang", "div", 2],
  ["erlang", "rem", 2], ["erlang", "band", 2], ["erlang", "bsl", 2], ["erlang", "atom_to_binary", 1], ["erlang", "list_to_tuple", 1],
  ["erlang", "tuple_to_list", 1], ["erlang", "map_size", 1], ["erlang", "is_map_key", 2], ["erlang", "max", 2],
  ["erlang", "integer_to_binary", 1], ["erlang", "++", 2], ["erlang", "--", 2], ["erlang", "make_tuple", 2], ["erlang", "binary_part", 3],
  ["erlang", "self", 0], ["erlang", "send", 2], ["erlang", "put", 2], ["erlang", "get", 1], ["erlang", "not", 1], ["erlang", "/", 2],
  ["erlang", "-", 1], ["erlang", "throw", 1], ["erlang", "error", 1], ["erlang", "exit", 1], ["beamlet", "check_bool", 2],
];
const CALLS: [string, string, number][] = [
  ["Elixir.Enum", "reverse", 1], ["Elixir.Enum", "map", 2], ["Elixir.Kernel", "inspect", 1], ["Elixir.List", "flatten", 1],
  ["Elixir.Map", "get", 2], ["Elixir.String", "upcase", 1], ["lists", "seq", 2], ["Elixir.Enum", "sum", 1], ["Elixir.Nope", "f", 1],
  ...BIFS,
];
const ARITH = [["add", "+"], ["sub", "-"], ["mul", "*"], ["lt", "<"], ["le", "=<"], ["gt", ">"], ["ge", ">="], ["eq", "=="], ["ne", "/="], ["eeq", "=:="], ["ene", "=/="]] as const;
const DYN_NAMES = ["reverse", "length", "element", "keyfind", "a", "foo"];
const FIELD_KEYS = ["a", "b", "foo"];
const SEG_TYPES = ["integer", "binary", "utf8", "float", "utf16"];

// ---- the generator ---------------------------------------------------------------------------

interface FnPlan {
  name: string;
  arity: number;
  nlocals: number;
  lambda: boolean;
}

class FnGen {
  code: Instr[] = [];
  depth = 0;
  assigned = new Set<number>();
  private labels = 0;
  constructor(private r: Rng, private plan: FnPlan, private all: FnPlan[]) {
    for (let i = 0; i < plan.arity; i++) this.assigned.add(i);
  }
  private label(): string {
    return `L${this.labels++}`;
  }
  private emit(...x: [string, ...Operand[]]): void {
    this.code.push(x as Instr);
  }
  private lit(): Operand {
    return { lit: this.r.pick(TERMS) };
  }
  private slot(): number {
    return this.r.int(0, this.plan.nlocals - 1);
  }
  private pushAny(): void {
    const readable = [...this.assigned];
    if (readable.length > 0 && this.r.chance(0.4)) this.emit("push_local", this.r.pick(readable));
    else this.emit("push_lit", this.lit());
    this.depth++;
  }
  /** bring the operand stack to `d` */
  private settle(d: number): void {
    while (this.depth > d) { this.emit("pop"); this.depth--; }
    while (this.depth < d) this.pushAny();
  }
  private pattern(level = 0): unknown {
    const r = this.r;
    const k = level > 2 ? r.pick(["any", "bind", "lit", "nil"]) : r.pick(["any", "bind", "lit", "tuple", "cons", "nil", "map", "bin", "both", "eq"]);
    switch (k) {
      case "bind": { const s = this.slot(); return { k, slot: s }; }
      case "eq": { const a = [...this.assigned]; return a.length ? { k, slot: r.pick(a) } : { k: "any" }; }
      case "lit": return { k, v: r.pick(TERMS) };
      case "tuple": return { k, items: Array.from({ length: r.int(0, 3) }, () => this.pattern(level + 1)) };
      case "cons": return { k, head: this.pattern(level + 1), tail: this.pattern(level + 1) };
      case "map": return { k, keys: [{ lit: atom("a") }], vals: [this.pattern(level + 1)] };
      case "both": return { k, a: this.pattern(level + 1), b: this.pattern(level + 1) };
      case "bin": return { k, segs: [{ type: r.pick(SEG_TYPES), size: r.pick([null, 8, 3]), unit: r.pick([1, 8]), signed: r.chance(0.5), little: r.chance(0.5), pat: this.pattern(level + 1) }] };
      default: return { k };
    }
  }
  /** the slots a pattern binds, in the order match binds them */
  private binds(p: any, out: Set<number>): void {
    if (p.k === "bind") out.add(p.slot);
    for (const x of [p.items, p.vals, p.segs?.map((s: any) => s.pat)].flat().filter(Boolean)) this.binds(x, out);
    if (p.head) { this.binds(p.head, out); this.binds(p.tail, out); }
    if (p.a) { this.binds(p.a, out); this.binds(p.b, out); }
  }
  /** `n` instructions (or blocks) with a net effect left to the caller's settle */
  straight(n: number, nest: number): void {
    const r = this.r;
    for (let i = 0; i < n; i++) {
      const d = this.depth;
      const choice = r.int(0, nest > 0 ? 27 : 21);
      switch (choice) {
        case 0: case 1: this.pushAny(); break;
        case 2: if (d >= 1) { const s = this.slot(); this.emit("store_local", s); this.depth--; this.assigned.add(s); } break;
        case 3: if (d >= 1) { const op = r.pick(["pop", "dup"] as const); this.emit(op); this.depth += op === "pop" ? -1 : 1; } break;
        case 4: if (d >= 2) this.emit("swap"); break;
        case 5: case 6: if (d >= 2) { const [op, name] = r.pick(ARITH); this.emit(op, { imp: ["erlang", name, 2] }); this.depth--; } break;
        case 7: case 8: {
          const [m, f, a] = r.pick(BIFS);
          if (d >= a) { this.emit("bif", { imp: [m, f, a] }); this.depth += 1 - a; }
          break;
        }
        case 9: {
          const [m, f, a] = r.pick(CALLS);
          if (d >= a) { this.emit("call_ext", { imp: [m, f, a] }); this.depth += 1 - a; }
          break;
        }
        case 10: { const k = r.int(0, Math.min(d, 4)); this.emit("make_tuple", k); this.depth += 1 - k; break; }
        case 11: if (d >= 1) { const k = r.int(0, Math.min(d - 1, 3)); this.emit("make_list", k); this.depth -= k; } break;
        case 12: { const k = r.int(0, Math.min(d >> 1, 2)); this.emit("make_map", k); this.depth += 1 - 2 * k; break; }
        case 13: if (d >= 3) { this.emit("map_update", 1); this.depth -= 2; } break;
        case 14: {
          const specs = Array.from({ length: r.int(1, 3) }, () => ({ type: r.pick(SEG_TYPES), size: r.pick([null, 8, 16, 3]), unit: r.pick([1, 8]), signed: r.chance(0.5), little: r.chance(0.5), dynSize: r.chance(0.2) }));
          const count = specs.reduce((c, s) => c + (s.dynSize ? 2 : 1), 0);
          if (d >= count) { this.emit("make_bin", { lit: specs }); this.depth += 1 - count; }
          break;
        }
        case 15: { const k = r.int(0, 2); if (d >= k + 1) { this.emit("call_fun", k); this.depth -= k; } break; }
        case 16: { const k = r.int(0, 2); if (d >= k + 1) { this.emit("call_dyn", { lit: atom(r.pick(DYN_NAMES)) }, k); this.depth -= k; } break; }
        case 17: {
          const f = r.pick(this.all);
          const k = r.int(0, Math.min(d, f.arity));
          this.emit("make_fun", { fn: f.name }, k);
          this.depth += 1 - k;
          break;
        }
        case 18: { const [m, f, a] = r.pick(CALLS); this.emit("make_ext_fun", { imp: [m, f, a] }); this.depth++; break; }
        case 19: if (d >= 1) this.emit("field", { lit: atom(r.pick(FIELD_KEYS)) }); break;
        case 20: if (d >= 1) { const p = this.pattern(); this.emit("match_or_badmatch", { lit: p }); this.binds(p, this.assigned); } break;
        case 21: { const f = r.pick(this.all); if (!f.lambda && d >= f.arity && r.chance(0.3)) { this.emit("call_local", { fn: f.name }, f.arity); this.depth += 1 - f.arity; } break; }
        case 22: case 23: this.ifBlock(nest); break;
        case 24: this.matchBlock(nest); break;
        case 25: this.tryBlock(nest); break;
        case 26: this.receiveBlock(nest); break;
        case 27: r.chance(0.5) ? this.guardBlock(nest) : this.loopBlock(nest); break;
      }
    }
  }
  /** a block whose paths join with the slots written before it */
  private joined(body: () => void): void {
    const before = new Set(this.assigned);
    body();
    this.assigned = before;
  }
  private ifBlock(nest: number): void {
    this.joined(() => {
      const d = this.depth;
      if (d < 1) this.pushAny();
      const L = this.label();
      this.emit("jump_unless_truthy", "@" + L);
      this.depth--;
      const base = this.depth;
      this.straight(this.r.int(0, 5), nest - 1);
      this.settle(base);
      this.code.push({ label: L });
    });
  }
  private matchBlock(nest: number): void {
    this.joined(() => {
      if (this.depth < 1) this.pushAny();
      const L = this.label();
      const p = this.pattern();
      this.emit("match", { lit: p }, "@" + L);
      this.depth--;
      const base = this.depth;
      this.binds(p, this.assigned);
      this.straight(this.r.int(0, 5), nest - 1);
      this.settle(base);
      this.code.push({ label: L });
    });
  }
  private tryBlock(nest: number): void {
    this.joined(() => {
      const H = this.label(), E = this.label();
      const base = this.depth;
      this.emit("try", "@" + H);
      this.straight(this.r.int(1, 6), nest - 1);
      this.settle(base + 1);
      this.emit("try_end");
      this.emit("jump", "@" + E);
      this.code.push({ label: H });
      this.emit("pop"); this.emit("pop");
      this.depth = base + 1;
      this.code.push({ label: E });
    });
  }
  private guardBlock(nest: number): void {
    this.joined(() => {
      const L = this.label();
      const base = this.depth;
      this.emit("guard_begin", "@" + L);
      this.straight(this.r.int(1, 4), nest - 1);
      this.settle(base + 1);
      this.emit("guard_end");
      this.emit("jump_unless_true", "@" + L);
      this.depth = base;
      this.code.push({ label: L });
    });
  }
  private receiveBlock(nest: number): void {
    this.joined(() => {
      const loop = this.label(), wait = this.label(), next = this.label(), timeout = this.label(), end = this.label();
      const base = this.depth;
      const msg = this.slot();
      this.code.push({ label: loop });
      this.emit("recv_peek", "@" + wait);
      this.emit("store_local", msg);
      this.assigned.add(msg);
      this.emit("push_local", msg);
      const p = this.pattern();
      this.emit("match", { lit: p }, "@" + next);
      this.binds(p, this.assigned);
      this.emit("recv_accept");
      this.straight(this.r.int(0, 4), nest - 1);
      this.settle(base);
      this.emit("jump", "@" + end);
      this.code.push({ label: next });
      this.emit("recv_next");
      this.emit("jump", "@" + loop);
      this.code.push({ label: wait });
      this.emit("push_lit", { lit: this.r.pick([0, 5, atom("infinity"), atom("bad")]) });
      this.emit("recv_wait", "@" + timeout);
      this.emit("jump", "@" + loop);
      this.code.push({ label: timeout });
      this.emit("recv_timeout");
      this.code.push({ label: end });
    });
  }
  /** a loop back to its start: it runs until a value is falsy, maybe forever */
  private loopBlock(nest: number): void {
    this.joined(() => {
      const top = this.label(), out = this.label();
      const base = this.depth;
      this.code.push({ label: top });
      this.straight(this.r.int(0, 4), nest - 1);
      this.settle(base + 1);
      this.emit("jump_unless_truthy", "@" + out);
      this.depth = base;
      this.emit("jump", "@" + top);
      this.code.push({ label: out });
    });
  }
  /** end the function: a return or a tail call or a raise */
  finish(): void {
    const r = this.r;
    const f = r.pick(this.all);
    switch (r.int(0, 6)) {
      case 0: if (!f.lambda) { this.settle(f.arity); this.emit("tail_local", { fn: f.name }, f.arity); return; } break;
      case 1: { const [m, n, a] = r.pick(CALLS); this.settle(a); this.emit("tail_ext", { imp: [m, n, a] }); return; }
      case 2: this.settle(2); this.emit("tail_fun", 1); return;
      case 3: this.settle(3); this.emit("raise"); return;
      case 4: this.settle(1); this.emit("raise_error", { lit: atom("case_clause") }); return;
      case 5: this.emit("func_info", this.plan.arity); return;
    }
    this.settle(Math.max(this.depth, 1));
    this.emit("return");
  }
}

let counter = 0;

function generate(r: Rng): CompiledModule {
  const plans: FnPlan[] = Array.from({ length: r.int(1, 3) }, (_, i) => {
    const arity = r.int(0, 3);
    return { name: `f${i}`, arity, nlocals: arity + r.int(1, 4), lambda: i > 0 && r.chance(0.3) };
  });
  const fns: FnSpec[] = plans.map((plan) => {
    const g = new FnGen(r, plan, plans);
    g.straight(r.int(1, 12), 2);
    g.finish();
    return { name: plan.name, arity: plan.arity, nlocals: plan.nlocals, lambda: plan.lambda, exported: !plan.lambda, code: g.code };
  });
  return assemble(`Elixir.Gen${counter++}`, fns);
}

// ---- mutations -------------------------------------------------------------------------------

function mutate(m: CompiledModule, r: Rng): CompiledModule {
  const code = Int32Array.from(m.code);
  const functions = m.functions.map((f) => ({ ...f }));
  const literals = m.literals.slice();
  const imports = m.imports.map((d) => ({ ...d }));
  let out: Int32Array = code;
  for (let n = r.int(1, 3); n > 0; n--) {
    const i = r.int(0, Math.max(0, code.length - 1));
    switch (r.int(0, 9)) {
      case 0: code[i] ^= 1 << r.int(0, 31); break;
      case 1: code[i] = r.pick([-1, 0, 1, code.length, code.length - 1, 2 ** 31 - 1, r.int(0, 300), i, i - 2]); break;
      case 2: code[i] = r.int(0, 80); break;
      case 3: out = code.subarray(0, r.int(0, code.length)); break;
      case 4: { const f = r.pick(functions); f.nlocals = r.pick([0, f.arity - 1, f.nlocals + 1, 70_000, 1e9]); break; }
      case 5: { const f = r.pick(functions); f.entry = r.pick([0, f.entry + 1, f.entry - 1, code.length, r.int(0, code.length)]); break; }
      case 6: { const f = r.pick(functions); f.arity = r.pick([0, f.arity + 1, 256, f.nlocals + 1]); break; }
      case 7: if (literals.length) literals[r.int(0, literals.length - 1)] = r.pick<unknown>([{ k: "bind", slot: 99 }, { k: "eq", slot: 0 }, [], "text", 3.5, { k: "lit", v: "x" }, [{ type: "integer", size: 2 ** 40, unit: 8, signed: false, little: false, dynSize: false }], atom("zz"), { k: "tuple", items: [{ k: "bind", slot: 0 }] }]); break;
      case 8: if (imports.length) { const d = r.pick(imports); d.arity = r.pick([0, 1, 3, 300]); } break;
      case 9: {
        // an instruction's words spliced in without moving anything else (labels now point wrong)
        const ins = [r.int(1, 55), r.int(-1, 8), r.int(-1, 8)].slice(0, r.int(1, 3));
        const c = new Int32Array(code.length + ins.length);
        c.set(code.subarray(0, i)); c.set(ins, i); c.set(code.subarray(i), i + ins.length);
        out = c;
        break;
      }
    }
    if (out !== code) break;
  }
  return { ...m, code: out, functions, literals, imports };
}

// ---- running accepted code -------------------------------------------------------------------

/** the compiled library, read once */
let libraryModules: CompiledModule[] | null = null;

function freshNode(): Node {
  const host = { ...nodeHost(), write: () => {} };
  const node = new Node(host, { deterministic: { seed: 1 }, slice: 1000 });
  if (libraryModules === null) {
    loadLibraryCached(node);
    libraryModules = [...node.code.modules.values()].map((s) => s.current!.compiled);
  } else loadLibrary(node, libraryModules);
  return node;
}

const ARGS: Term[] = [...TERMS];

/**
 * Load the file, start every exported function with random arguments, run at most `slices`
 * slices. Returns the JS exceptions that escaped the interpreter (none is the property).
 */
const stats = { runs: 0, slices: 0, slowest: 0, slowestModule: "" };

/** one node runs many cases (a fresh one every 25): each case's processes are killed after it */
let shared: Node | null = null;
let sharedUses = 0;

function runFile(bytes: Uint8Array, m: CompiledModule, r: Rng, slices = 100): unknown[] {
  const t0 = performance.now();
  stats.runs++;
  if (shared === null || ++sharedUses > 25) {
    shared = freshNode();
    sharedUses = 0;
  }
  const node = shared;
  const mod = atom(m.name);
  const loaded = node.code.loadBinary(mod, "gen.bbc", bytes);
  if (loaded === "badfile") throw new Error("accepted by decodeModule but not by load_binary");
  const escaped: unknown[] = [];
  const n = node as unknown as { interp: { run(p: Process, b: number): string }; runQueue: Process[]; slice: number };
  for (const f of m.functions) {
    if (f.lambda || !f.exported) continue;
    node.spawn(null, mod, Array.from({ length: f.arity }, () => r.pick(ARGS)), atom(f.name));
  }
  // the bound on work is the slices (and, on a loaded machine, a second and a half: code that
  // builds ever larger terms is slow, and the property is about what escapes, not how far it got)
  for (let i = 0; i < slices && n.runQueue.length > 0 && performance.now() - t0 < 1500; i++) {
    const p = n.runQueue.shift()!;
    p.inRunQueue = false;
    if (p.status === "exited") continue;
    if (p.pendingKill !== null) {
      const reason = p.pendingKill;
      p.pendingKill = null;
      node.processExit(p, reason, null);
      continue;
    }
    p.status = "running";
    stats.slices++;
    let res: string;
    try {
      res = n.interp.run(p, n.slice);
    } catch (e) {
      if (e instanceof Halt) break;
      if (e instanceof ProcessKilled) {
        node.processExit(p, e.reason, null);
        continue;
      }
      escaped.push(e);
      if ((p.status as string) !== "exited") node.processExit(p, atom("escaped"), null);
      continue;
    }
    if (res === "yield" && (p.status as string) !== "exited") {
      p.status = "runnable";
      p.inRunQueue = true;
      n.runQueue.push(p);
    }
  }
  for (const p of [...node.processes.values()]) node.processExit(p, atom("kill"), null);
  n.runQueue.length = 0;
  const took = performance.now() - t0;
  if (took > stats.slowest) {
    stats.slowest = took;
    stats.slowestModule = m.name;
  }
  return escaped;
}

function describeEscape(e: unknown, m: CompiledModule): string {
  const err = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split("\n").slice(1, 6).join("\n")}` : String(e);
  return `${err}\nmodule: ${JSON.stringify({ code: Array.from(m.code), functions: m.functions, imports: m.imports })}`;
}

describe("hostile object code: rejected, or it runs in Elixir terms", () => {
  let compiled: CompiledModule[] = [];
  beforeAll(() => {
    const node = freshNode();
    const host = compilerHost(node, new Map());
    host.lenient = true;
    const src = `
defmodule Victim do
  def run(x) do
    y = case x do
      {a, b} when is_integer(a) -> a + b
      [h | _] -> h
      %{k: v} -> v
      <<n::8, rest::binary>> -> {n, rest}
      _ -> :other
    end
    try do
      z = Enum.map([1, 2, 3], fn i -> i * 2 end)
      {y, z, <<1, 2, x::binary>>}
    rescue
      e in ArgumentError -> {:rescued, e}
    catch
      k, r -> {k, r}
    end
  end
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, [n | acc])
  def wait(t) do
    receive do
      {:msg, m} -> m
      other when is_atom(other) -> other
    after
      t -> :timeout
    end
  end
end
`;
    compiled = compileModules(parse(src, "victim.ex"), "victim.ex", host);
  });

  it("generated well-typed code is accepted and runs without a JS exception", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const r = new Rng(seed);
        const m = generate(r);
        const bytes = writeModule(m);
        const v = decodeModule(bytes);
        if (v instanceof BadFile) throw new Error(`generated code rejected: ${v.reason}\n${JSON.stringify(m.functions)} ${Array.from(m.code)}`);
        const escaped = runFile(bytes, m, r);
        if (escaped.length > 0) throw new Error(describeEscape(escaped[0], m));
      }),
      { numRuns: Number(process.env.VERIFY_PROP_RUNS ?? 60) },
    );
  }, 600000);

  it("mutated code (generated or compiled) is rejected or runs without a JS exception", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (seed, fromCompiled) => {
        const r = new Rng(seed);
        const base = fromCompiled ? { ...compiled[0], name: `Elixir.Victim${counter++}` } : generate(r);
        const m = mutate(base, r);
        let bytes: Uint8Array;
        try {
          bytes = writeModule(m);
        } catch {
          return; // a mutation the writer cannot express is no file at all
        }
        const v = decodeModule(bytes);
        if (v instanceof BadFile) return;
        accepted++;
        const escaped = runFile(bytes, m, r, 50);
        if (escaped.length > 0) throw new Error(describeEscape(escaped[0], m));
      }),
      { numRuns: Number(process.env.VERIFY_PROP_RUNS ?? 300) },
    );
    console.log(`hostile code: ${accepted} mutated modules accepted and run; ${stats.runs} runs, ${stats.slices} slices in all, slowest ${stats.slowest.toFixed(0)} ms`);
    // some mutations leave valid code (a literal swapped for another, an operand for another in range)
    expect(accepted).toBeGreaterThan(0);
  }, 600000);
});
