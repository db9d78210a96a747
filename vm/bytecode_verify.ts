// The verifier for object code read from a file (.bbc: :code.load_file, load_binary, releases,
// the library cache). The interpreter trusts its code: it does not check stack bounds, slot
// indexes or operand types. So before a module from a file is installed, this proves for every
// function, by abstract interpretation over its instructions:
//   - every opcode is one compiler/opcodes.ts defines and the interpreter runs, every operand in
//     range for its kind (slot < nlocals, literal/import/function indexes in their tables);
//   - every jump lands on an instruction boundary inside its own function; only `jump` goes
//     backwards (the interpreter charges a reduction for a backward jump, so no loop freezes);
//   - the operand stack never underflows the frame, has the same depth wherever paths join and
//     stays under MAX_STACK; the handler stack (try/guard) is the same at joins and empty at every
//     return and tail call;
//   - every local slot is written before it is read on every path (no stale or undefined values);
//   - literals have the type their instruction expects (a term, an atom, a pattern descriptor
//     whose slots are in range, binary segment specs with bounded sizes);
//   - arities and sizes are bounded (arity <= 255, nlocals <= MAX_LOCALS, static segment sizes).
// A module that fails is {:error, :badfile}; the BadFile's reason names what and where.
import { K, Op, opInfo } from "../compiler/opcodes.ts";
import type { CompiledModule, FunctionDef } from "./module.ts";
import { Atom, Bin, Cons, Float, NIL, Tuple } from "./terms.ts";
import { SmallMap, HashMap } from "./map.ts";

/** A file that is not valid object code; the reason goes into the load error's log line. */
export class BadFile extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}
export function corrupt(reason: string): never {
  throw new BadFile(reason);
}

export const MAX_ARITY = 255;
export const MAX_LOCALS = 65_535;
export const MAX_STACK = 65_535;
/** a static segment size (size * unit bits) past this is not something the compiler makes */
const MAX_STATIC_SEGMENT_BITS = 2 ** 32;
/** instruction visits per module: past this the file is rejected rather than verified slowly */
const MAX_WORK = 50_000_000;

/** opcodes in the table that the interpreter does not run (reserved, or scripts only) */
const NOT_IN_FILES = new Set<number>([Op.struct_new, Op.push_self_fn, Op.define_module]);

/** the operator an arithmetic/comparison opcode's import must name (its slow path is that BIF) */
const OPERATOR_OF: Record<number, string> = {
  [Op.add]: "+", [Op.sub]: "-", [Op.mul]: "*", [Op.lt]: "<", [Op.le]: "=<", [Op.gt]: ">", [Op.ge]: ">=",
  [Op.eq]: "==", [Op.ne]: "/=", [Op.eeq]: "=:=", [Op.ene]: "=/=", [Op.add_nf]: "+", [Op.sub_nf]: "-",
};

const SEGMENT_TYPES = new Set(["integer", "binary", "utf8", "utf16", "utf32", "float"]);

/** a literal that is a term (decodeValue made its parts, so the top level's kind decides) */
export function isTerm(x: unknown): boolean {
  if (typeof x === "number") return Number.isSafeInteger(x);
  return typeof x === "bigint" || x instanceof Atom || x instanceof Float || x instanceof Bin || x instanceof Cons ||
    x === NIL || x instanceof Tuple || x instanceof SmallMap || x instanceof HashMap;
}

const isInt = (x: unknown, min: number, max: number): x is number => typeof x === "number" && Number.isInteger(x) && x >= min && x <= max;
/**
 * The prototype of the records a file decodes to: empty, frozen, itself without a prototype, so a
 * key of the file reaches nothing (as with Object.create(null)), but records made on it keep V8's
 * fast properties: an object made by Object.create(null) is a hash table, and the interpreter
 * reads a library function's record (entry, nlocals) and its pattern descriptors on every call
 */
export const FILE_RECORD: object = Object.freeze(Object.create(null));

const isObj = (x: unknown): x is Record<string, unknown> => {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === FILE_RECORD || proto === null;
};

function checkSpec(s: unknown, where: string): asserts s is Record<string, unknown> {
  if (!isObj(s)) corrupt(`${where}: a segment spec that is not a record`);
  if (typeof s.type !== "string" || !SEGMENT_TYPES.has(s.type)) corrupt(`${where}: unknown segment type`);
  if (!isInt(s.unit, 1, 256)) corrupt(`${where}: segment unit out of range`);
  if (s.size !== null && !(isInt(s.size, 0, MAX_STATIC_SEGMENT_BITS) && s.size * (s.unit as number) <= MAX_STATIC_SEGMENT_BITS)) corrupt(`${where}: segment size out of range`);
  if (typeof s.signed !== "boolean" || typeof s.little !== "boolean") corrupt(`${where}: bad segment flags`);
}

/** local slots as a bitset: which are written on every path so far */
class Slots {
  constructor(readonly words: Uint32Array) {}
  static empty(n: number): Slots {
    return new Slots(new Uint32Array((n + 31) >>> 5));
  }
  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }
  add(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }
  copy(): Slots {
    return new Slots(this.words.slice());
  }
  /** this := the intersection of this and o; true when this changed */
  meet(o: Slots): boolean {
    let changed = false;
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i] & o.words[i];
      if (w !== this.words[i]) {
        this.words[i] = w;
        changed = true;
      }
    }
    return changed;
  }
}

/** abstract state at an instruction: operand depth, handler stack (interned), written slots */
interface State {
  depth: number;
  handlers: number;
  slots: Slots;
}

export function verifyModule(m: CompiledModule): void {
  new ModuleVerifier(m).run();
}

class ModuleVerifier {
  private readonly code: Int32Array;
  private readonly starts: Uint8Array;
  private work = 0;
  /** interned handler stacks: 0 is empty; id -> [parent, label, kind] */
  private readonly hParent = [0];
  private readonly hLabel = [0];
  private readonly hKind = [0];
  private readonly hIntern = new Map<string, number>();
  private readonly termLit: Int8Array;

  constructor(private readonly m: CompiledModule) {
    this.code = m.code;
    this.starts = new Uint8Array(m.code.length + 1);
    this.termLit = new Int8Array(m.literals.length);
  }

  run(): void {
    const m = this.m;
    this.checkTables();
    this.decodeInstructions();
    const order = m.functions.map((_, i) => i).sort((a, b) => m.functions[a].entry - m.functions[b].entry);
    for (let k = 0; k < order.length; k++) {
      const f = m.functions[order[k]];
      const end = k + 1 < order.length ? m.functions[order[k + 1]].entry : this.code.length;
      if (end === f.entry) corrupt(`${f.name}/${f.arity}: shares its entry with another function`);
      this.verifyFunction(f, end);
    }
    for (const [k, v] of m.attributes) if (typeof k !== "string" || !isTerm(v)) corrupt("bad attribute");
  }

  private checkTables(): void {
    const m = this.m;
    const seen = new Set<string>();
    m.functions.forEach((f, i) => {
      const where = `function ${i}`;
      if (typeof f.name !== "string" || f.name.length > 255) corrupt(`${where}: bad name`);
      if (!isInt(f.arity, 0, MAX_ARITY)) corrupt(`${where}: arity out of range`);
      if (!isInt(f.nlocals, f.arity, MAX_LOCALS)) corrupt(`${where}: local slot count out of range`);
      if (!isInt(f.entry, 0, this.code.length - 1)) corrupt(`${where}: entry outside the code`);
      if (typeof f.exported !== "boolean" || typeof f.lambda !== "boolean") corrupt(`${where}: bad flags`);
      if (!isInt(f.line, 0, 2 ** 31 - 1)) corrupt(`${where}: bad line`);
      if (f.funIndex !== undefined && !isInt(f.funIndex, 0, 2 ** 31 - 1)) corrupt(`${where}: bad fun index`);
      if (f.inlined !== undefined && typeof f.inlined !== "boolean") corrupt(`${where}: bad flags`);
      if (f.shownAs !== undefined && !(typeof f.shownAs === "string" && /^.{1,255}\/\d{1,3}$/su.test(f.shownAs))) corrupt(`${where}: bad frame name`);
      if (f.inlinedAs !== undefined && !(typeof f.inlinedAs === "string" && f.inlinedAs.length > 0 && f.inlinedAs.length <= 255)) corrupt(`${where}: bad inlined frame name`);
      if (f.inlinedInTry !== undefined && f.inlinedInTry !== true) corrupt(`${where}: bad inlined fn mark`);
      if (f.deleted !== undefined && f.deleted !== true) corrupt(`${where}: bad deleted fn mark`);
      if (!f.lambda) {
        const key = f.name + "/" + f.arity;
        if (seen.has(key)) corrupt(`${key} defined twice`);
        seen.add(key);
      }
    });
    m.imports.forEach((d, i) => {
      if (typeof d.module !== "string" || d.module.length > 255 || typeof d.name !== "string" || d.name.length > 255) corrupt(`import ${i}: bad name`);
      if (!isInt(d.arity, 0, MAX_ARITY)) corrupt(`import ${i}: arity out of range`);
    });
    for (let i = 2; i < m.lines.length; i += 2) if (m.lines[i] < m.lines[i - 2]) corrupt("line table out of order");
  }

  /** every word is an opcode or one of its operands; operands in range for their kind */
  private decodeInstructions(): void {
    const { code, m } = this;
    let pc = 0;
    while (pc < code.length) {
      const op = code[pc];
      const info = opInfo(op);
      if (info === undefined || NOT_IN_FILES.has(op)) corrupt(`unknown opcode ${op} at ${pc}`);
      if (pc + info.operands.length >= code.length) corrupt(`instruction ${info.name} at ${pc} cut off by the end of the code`);
      this.starts[pc] = 1;
      const ops = info.operands;
      for (let i = 0; i < ops.length; i++) {
        const v = code[pc + 1 + i];
        let ok: boolean;
        switch (ops[i]) {
          case K.Lit: ok = v >= 0 && v < m.literals.length; break;
          case K.Atom: ok = v >= 0 && v < m.literals.length && m.literals[v] instanceof Atom; break;
          case K.Import: ok = v >= 0 && v < m.imports.length; break;
          case K.Func: ok = v >= 0 && v < m.functions.length; break;
          case K.Label: ok = v >= 0 && v < code.length; break;
          case K.Slot: ok = v >= 0 && v <= MAX_LOCALS; break;
          default: ok = v >= 0 && v <= MAX_STACK; break;
        }
        if (!ok) corrupt(`${info.name} at ${pc}: operand ${i + 1} out of range`);
      }
      const operator = OPERATOR_OF[op];
      if (operator !== undefined) {
        const d = m.imports[code[pc + 1]];
        if (d.module !== "erlang" || d.name !== operator || d.arity !== 2) corrupt(`${info.name} at ${pc}: its import is not erlang.${operator}/2`);
      }
      pc += 1 + info.operands.length;
    }
  }

  private handlerPush(parent: number, label: number, kind: number): number {
    const key = `${parent}:${label}:${kind}`;
    let id = this.hIntern.get(key);
    if (id === undefined) {
      id = this.hParent.length;
      this.hParent.push(parent);
      this.hLabel.push(label);
      this.hKind.push(kind);
      this.hIntern.set(key, id);
    }
    return id;
  }

  private literalTerm(i: number): void {
    if (this.termLit[i] === 0) this.termLit[i] = isTerm(this.m.literals[i]) ? 1 : -1;
    if (this.termLit[i] < 0) corrupt(`${this.where()}: literal ${i} is not a term`);
  }

  private verifyFunction(f: FunctionDef, end: number): void {
    const { code, m } = this;
    const name = `${f.name}/${f.arity}`;
    this.fname = name;
    const entry = f.entry;
    if (!this.starts[entry]) corrupt(`${name}: entry not on an instruction`);
    const nlocals = f.nlocals;
    // branch targets: where paths may join, so where states are kept
    const targets = new Map<number, State | null>();
    targets.set(entry, null);
    for (let pc = entry; pc < end; ) {
      const info = opInfo(code[pc])!;
      const ops = info.operands;
      for (let i = 0; i < ops.length; i++) {
        const v = code[pc + 1 + i];
        if (ops[i] === K.Label) {
          if (v < entry || v >= end || !this.starts[v]) corrupt(`${name}: ${info.name} at ${pc} jumps to ${v}, outside the function or inside an instruction`);
          if (v <= pc && code[pc] !== Op.jump) corrupt(`${name}: ${info.name} at ${pc} branches backwards`);
          targets.set(v, null);
        } else if (ops[i] === K.Slot && v >= nlocals) corrupt(`${name}: ${info.name} at ${pc}: slot ${v} out of range (${nlocals} slots)`);
      }
      pc += 1 + ops.length;
    }
    if ((targets.size * nlocals) / 32 > 1 << 24) corrupt(`${name}: too large to verify`);

    const queue: number[] = [];
    const flow = (target: number, s: State): void => {
      const cur = targets.get(target);
      if (cur === undefined) throw new Error("verifier: flow to a non-target");
      if (cur === null) {
        targets.set(target, { depth: s.depth, handlers: s.handlers, slots: s.slots.copy() });
        queue.push(target);
        return;
      }
      if (cur.depth !== s.depth) corrupt(`${name}: operand stack depth ${cur.depth} and ${s.depth} meet at ${target}`);
      if (cur.handlers !== s.handlers) corrupt(`${name}: different exception handlers meet at ${target}`);
      if (cur.slots.meet(s.slots)) queue.push(target);
    };
    const initial = Slots.empty(nlocals);
    for (let i = 0; i < f.arity; i++) initial.add(i);
    flow(entry, { depth: 0, handlers: 0, slots: initial });

    while (queue.length > 0) {
      const start = queue.pop()!;
      const st = targets.get(start)!;
      this.depth = st.depth;
      this.handlers = st.handlers;
      this.slots = st.slots.copy();
      let pc = start;
      for (;;) {
        if (++this.work > MAX_WORK) corrupt("too complex to verify");
        if (pc >= end) corrupt(`${name}: runs past the end of the function`);
        if (pc !== start && targets.has(pc)) {
          flow(pc, this.state());
          break;
        }
        const next = this.step(f, pc, flow);
        if (next < 0) break;
        pc = next;
      }
    }
  }

  // the state of the instruction being walked (fields, so the walk allocates nothing per step)
  private depth = 0;
  private handlers = 0;
  private slots = Slots.empty(0);
  private fname = "";
  private pc = 0;

  private state(): State {
    return { depth: this.depth, handlers: this.handlers, slots: this.slots };
  }
  private where(): string {
    return `${this.fname}: ${opInfo(this.code[this.pc])!.name} at ${this.pc}`;
  }
  private need(n: number): void {
    if (this.depth < n) corrupt(`${this.where()}: operand stack underflow`);
  }
  private push(n: number): void {
    this.depth += n;
    if (this.depth > MAX_STACK) corrupt(`${this.where()}: operand stack deeper than ${MAX_STACK}`);
  }
  private noHandlers(): void {
    if (this.handlers !== 0) corrupt(`${this.where()}: leaves the function inside a try or guard`);
  }

  /** one instruction's effect on the state; the next pc, or -1 when the path ends here */
  private step(f: FunctionDef, pc: number, flow: (target: number, s: State) => void): number {
    const { code, m } = this;
    this.pc = pc;
    const op = code[pc];
    const a = code[pc + 1], b = code[pc + 2];
    const info = opInfo(op)!;
    const next = pc + 1 + info.operands.length;
    switch (op) {
      case Op.push_lit: this.literalTerm(a); this.push(1); break;
      case Op.push_local:
        if (!this.slots.has(a)) corrupt(`${this.where()}: slot ${a} read before it is written`);
        this.push(1);
        break;
      case Op.store_local: this.need(1); this.depth--; this.slots.add(a); break;
      case Op.pop: this.need(1); this.depth--; break;
      case Op.dup: this.need(1); this.push(1); break;
      case Op.swap: this.need(2); break;
      case Op.match:
        this.need(1);
        this.depth--;
        flow(b, this.state());
        this.pattern(m.literals[a], f.nlocals, 0);
        break;
      case Op.match_or_badmatch: this.need(1); this.pattern(m.literals[a], f.nlocals, 0); break;
      case Op.jump: flow(a, this.state()); return -1;
      case Op.jump_unless_truthy:
      case Op.jump_unless_true: this.need(1); this.depth--; flow(a, this.state()); break;
      case Op.call_local:
      case Op.tail_local:
        if (b !== m.functions[a].arity) corrupt(`${this.where()}: ${b} arguments for a function of arity ${m.functions[a].arity}`);
        this.need(b);
        if (op === Op.tail_local) return this.noHandlers(), -1;
        this.depth -= b;
        this.push(1);
        break;
      case Op.call_ext:
      case Op.tail_ext:
      case Op.bif:
      case Op.bif_nf: {
        const n = m.imports[a].arity;
        this.need(n);
        if (op === Op.tail_ext) return this.noHandlers(), -1;
        this.depth -= n;
        this.push(1);
        break;
      }
      case Op.call_dyn:
      case Op.tail_dyn:
        if (b > MAX_ARITY) corrupt(`${this.where()}: arity out of range`);
        this.need(b + 1);
        if (op === Op.tail_dyn) return this.noHandlers(), -1;
        this.depth -= b + 1;
        this.push(1);
        break;
      case Op.call_fun:
      case Op.tail_fun:
        if (a > MAX_ARITY) corrupt(`${this.where()}: arity out of range`);
        this.need(a + 1);
        if (op === Op.tail_fun) return this.noHandlers(), -1;
        this.depth -= a + 1;
        this.push(1);
        break;
      case Op.return: this.need(1); this.noHandlers(); return -1;
      case Op.make_fun:
        if (b > m.functions[a].arity) corrupt(`${this.where()}: more free variables than the function's arity`);
        this.need(b);
        this.depth -= b;
        this.push(1);
        break;
      case Op.make_ext_fun: this.push(1); break;
      case Op.make_tuple: this.need(a); this.depth -= a; this.push(1); break;
      case Op.make_list: this.need(a + 1); this.depth -= a; break;
      case Op.make_map: this.need(2 * a); this.depth -= 2 * a; this.push(1); break;
      case Op.map_update: this.need(2 * a + 1); this.depth -= 2 * a; break;
      case Op.make_bin: {
        const specs = m.literals[a];
        if (!Array.isArray(specs)) corrupt(`${this.where()}: its literal is not a segment list`);
        let count = 0;
        for (const s of specs) {
          checkSpec(s, this.where());
          if (typeof s.dynSize !== "boolean") corrupt(`${this.where()}: bad segment flags`);
          count += s.dynSize ? 2 : 1;
        }
        this.need(count);
        this.depth -= count;
        this.push(1);
        break;
      }
      case Op.try:
      case Op.guard_begin: {
        const isTry = op === Op.try;
        // a raise unwinds to the depth here (then pushes kind, reason, stacktrace for a try)
        if (isTry && this.depth + 3 > MAX_STACK) corrupt(`${this.where()}: operand stack deeper than ${MAX_STACK}`);
        flow(a, { depth: this.depth + (isTry ? 3 : 0), handlers: this.handlers, slots: this.slots });
        this.handlers = this.handlerPush(this.handlers, a, isTry ? 1 : 2);
        break;
      }
      case Op.try_end:
      case Op.guard_end:
        if (this.handlers === 0) corrupt(`${this.where()}: no handler to leave`);
        this.handlers = this.hParent[this.handlers];
        break;
      case Op.raise: this.need(3); return -1;
      case Op.raise_error:
        if (!(m.literals[a] instanceof Atom)) corrupt(`${this.where()}: its literal is not an atom`);
        this.need(1);
        return -1;
      case Op.func_info:
        if (a > f.arity) corrupt(`${this.where()}: more arguments than the function has`);
        return -1;
      case Op.recv_peek: flow(a, this.state()); this.push(1); break;
      case Op.recv_next: case Op.recv_accept: case Op.recv_timeout: break;
      case Op.recv_wait: this.need(1); this.depth--; flow(a, this.state()); break;
      case Op.field: this.need(1); break;
      case Op.add: case Op.sub: case Op.mul: case Op.lt: case Op.le: case Op.gt: case Op.ge:
      case Op.eq: case Op.ne: case Op.eeq: case Op.ene: case Op.add_nf: case Op.sub_nf:
        this.need(2);
        this.depth--;
        break;
      default:
        corrupt(`${this.where()}: not allowed in object code`);
    }
    return next;
  }

  /** a pattern descriptor: its shape, its slots in range, every slot it reads written first */
  private pattern(p: unknown, nlocals: number, level: number): void {
    if (level > 10_000) corrupt(`${this.where()}: pattern nested too deeply`);
    if (!isObj(p)) corrupt(`${this.where()}: its literal is not a pattern`);
    switch (p.k) {
      case "any": case "nil": return;
      case "bind": this.slots.add(this.patSlot(p.slot, nlocals)); return;
      case "eq": this.patRead(p.slot, nlocals); return;
      case "lit": if (!isTerm(p.v)) corrupt(`${this.where()}: pattern literal is not a term`); return;
      case "tuple":
        if (!Array.isArray(p.items)) corrupt(`${this.where()}: bad tuple pattern`);
        for (const x of p.items) this.pattern(x, nlocals, level + 1);
        return;
      case "cons": this.pattern(p.head, nlocals, level + 1); this.pattern(p.tail, nlocals, level + 1); return;
      case "both": this.pattern(p.a, nlocals, level + 1); this.pattern(p.b, nlocals, level + 1); return;
      case "map": {
        const { keys, vals } = p;
        if (!Array.isArray(keys) || !Array.isArray(vals) || keys.length !== vals.length) corrupt(`${this.where()}: bad map pattern`);
        for (let i = 0; i < keys.length; i++) {
          const kr = keys[i];
          if (isObj(kr) && "lit" in kr && Object.keys(kr).length === 1) {
            if (!isTerm(kr.lit)) corrupt(`${this.where()}: map pattern key is not a term`);
          } else if (isObj(kr) && "slot" in kr && Object.keys(kr).length === 1) this.patRead(kr.slot, nlocals);
          else corrupt(`${this.where()}: bad map pattern key`);
          this.pattern(vals[i], nlocals, level + 1);
        }
        return;
      }
      case "bin":
        if (!Array.isArray(p.segs)) corrupt(`${this.where()}: bad binary pattern`);
        for (const s of p.segs) {
          checkSpec(s, this.fname);
          if (s.sizeSlot !== undefined) this.patRead(s.sizeSlot, nlocals);
          if (s.sizeExpr !== undefined) this.sizeExpr(s.sizeExpr, nlocals, 0);
          this.pattern(s.pat, nlocals, level + 1);
        }
        return;
      case "prefix":
        if (!(p.prefix instanceof Bin) || p.prefix.tailBits !== 0) corrupt(`${this.where()}: bad binary prefix pattern`);
        this.pattern(p.rest, nlocals, level + 1);
        return;
      default:
        corrupt(`${this.where()}: unknown pattern kind`);
    }
  }
  /** a binary pattern segment's computed size: literals, slots written before, arithmetic */
  private sizeExpr(e: unknown, nlocals: number, level: number): void {
    if (level > 1000) corrupt(`${this.where()}: size expression nested too deeply`);
    if (typeof e === "number") return;
    if (isObj(e) && "slot" in e) return this.patRead(e.slot, nlocals);
    if (!isObj(e) || !["+", "-", "*", "div", "rem"].includes(e.op as string)) corrupt(`${this.where()}: bad size expression`);
    this.sizeExpr(e.a, nlocals, level + 1);
    this.sizeExpr(e.b, nlocals, level + 1);
  }
  private patSlot(x: unknown, nlocals: number): number {
    if (!isInt(x, 0, nlocals - 1)) corrupt(`${this.where()}: pattern slot out of range`);
    return x;
  }
  private patRead(x: unknown, nlocals: number): void {
    if (!this.slots.has(this.patSlot(x, nlocals))) corrupt(`${this.where()}: pattern reads slot ${x} before it is written`);
  }
}
