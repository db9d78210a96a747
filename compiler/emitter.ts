// Emits one module's code: instructions, labels, the literal table and the import table.
import { K, OPS, Op, OpName } from "./opcodes.ts";
import type { FunctionDef, ImportDef } from "../vm/module.ts";
import { Term, Atom } from "../vm/terms.ts";

export type Label = { pos: number; refs: number[] };

/** instructions that only move values between the stack, slots and literals */
// (and a try's handler set-up: the BEAM's try has no line either)
const MOVES = new Set<string>(["push_lit", "push_local", "store_local", "pop", "dup", "make_tuple", "make_list", "try"]);

export class Emitter {
  code: number[] = [];
  literals: unknown[] = [];
  imports: ImportDef[] = [];
  lines: number[] = [];
  functions: FunctionDef[] = [];
  private importIndex = new Map<string, number>();
  private atomLits = new Map<Atom, number>();
  private lastLine = -1;
  /** the line of the code being emitted (-1 before any) */
  get currentLine(): number {
    return this.lastLine;
  }

  newLabel(): Label {
    return { pos: -1, refs: [] };
  }

  place(l: Label): void {
    l.pos = this.code.length;
    for (const r of l.refs) this.code[r] = l.pos;
  }

  line(n: number | undefined): void {
    if (n === undefined || n === this.lastLine) return;
    this.lastLine = n;
    this.lines.push(this.code.length, n);
  }

  /** code that has no line of its own (a receive waiting, as the BEAM's): the line just marked
   *  is dropped when nothing was emitted under it, the code keeps the line before (never one
   *  before `functionEntry`, another function's) */
  lineless(functionEntry: number): void {
    // (and so is a line whose code only moves values: the BEAM marks lines at calls and at what
    // can fail, `x = 1` has none)
    // (the function's first line stays)
    while (this.lines.length >= 4 && this.lines[this.lines.length - 4] >= functionEntry && this.onlyMoves(this.lines[this.lines.length - 2])) {
      this.lines.length -= 2;
      this.lastLine = this.lines.length >= 2 ? this.lines[this.lines.length - 1] : -1;
    }
  }

  private onlyMoves(from: number): boolean {
    for (let pc = from; pc < this.code.length; ) {
      const info = OPS[this.code[pc] - 1];
      if (!info || !MOVES.has(info.name)) return false;
      pc += 1 + info.operands.length;
    }
    return true;
  }

  /** how many try or guard regions are open where the next instruction goes (a call inside one
   *  cannot leave the function) */
  openHandlers = 0;

  emit(name: OpName, ...operands: (number | Label)[]): void {
    const info = OPS[Op[name] - 1] ?? OPS.find((o) => o.name === name)!;
    if (name === "try" || name === "guard_begin") this.openHandlers++;
    else if (name === "try_end" || name === "guard_end") this.openHandlers--;
    if (info.operands.length !== operands.length) throw new Error(`emit ${name}: wrong operand count`);
    this.code.push(info.code);
    operands.forEach((o, i) => {
      if (info.operands[i] === K.Label) {
        const l = o as Label;
        if (l.pos >= 0) this.code.push(l.pos);
        else {
          l.refs.push(this.code.length);
          this.code.push(-1);
        }
      } else this.code.push(o as number);
    });
  }

  lit(v: unknown): number {
    if (v instanceof Atom) {
      const i = this.atomLits.get(v);
      if (i !== undefined) return i;
      this.atomLits.set(v, this.literals.length);
    }
    this.literals.push(v);
    return this.literals.length - 1;
  }

  pushLit(t: Term): void {
    this.emit("push_lit", this.lit(t));
  }

  importOf(module: string, name: string, arity: number): number {
    const key = module + ":" + name + "/" + arity;
    let i = this.importIndex.get(key);
    if (i === undefined) {
      i = this.imports.length;
      this.imports.push({ module, name, arity });
      this.importIndex.set(key, i);
    }
    return i;
  }
}
