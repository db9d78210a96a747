// Fast paths of the arithmetic and comparison opcodes (shared by the interpreter and compiled
// code): small integers and floats are handled here, everything else by the operator's BIF.
import { Op } from "../compiler/opcodes.ts";
import { Atom, Float, Pid, Ref, Term, TRUE, FALSE } from "./terms.ts";
import { ErlangError } from "./errors.ts";
import { samePid } from "./pid_order.ts";
import { sameRef } from "./ref_order.ts";
import type { ImportSlot } from "./module.ts";
import type { BifContext, BifFn } from "./bifs/registry.ts";
import type { TailCall } from "./calls.ts";

/** an operator on two small integers, or undefined when the result leaves them (the BIF then) */
export function smallIntOp(op: number, a: number, b: number): Term | undefined {
  switch (op) {
    case Op.add: case Op.add_nf: { const x = a + b; return Number.isSafeInteger(x) ? x : undefined; }
    case Op.sub: case Op.sub_nf: { const x = a - b; return Number.isSafeInteger(x) ? x : undefined; }
    case Op.mul: { const x = a * b; return Number.isSafeInteger(x) ? (x === 0 ? 0 : x) : undefined; }
    case Op.lt: return a < b ? TRUE : FALSE;
    case Op.le: return a <= b ? TRUE : FALSE;
    case Op.gt: return a > b ? TRUE : FALSE;
    case Op.ge: return a >= b ? TRUE : FALSE;
    case Op.eq: case Op.eeq: return a === b ? TRUE : FALSE;
    default: return a !== b ? TRUE : FALSE;
  }
}

/**
 * An operator with a float operand (the other a float or a small integer), or undefined when the
 * BIF must decide (a result that is not finite raises there; =:= between an integer and a float).
 */
export function floatOp(op: number, a: Term, b: Term): Term | undefined {
  const aF = a instanceof Float, bF = b instanceof Float;
  if (!(aF || bF)) return undefined;
  if (!(aF || typeof a === "number") || !(bF || typeof b === "number")) return undefined;
  const x = aF ? (a as Float).value : (a as number), y = bF ? (b as Float).value : (b as number);
  switch (op) {
    case Op.add: case Op.add_nf: { const r = x + y; return Number.isFinite(r) ? new Float(r) : undefined; }
    case Op.sub: case Op.sub_nf: { const r = x - y; return Number.isFinite(r) ? new Float(r) : undefined; }
    case Op.mul: { const r = x * y; return Number.isFinite(r) ? new Float(r) : undefined; }
    case Op.lt: return x < y ? TRUE : FALSE;
    case Op.le: return x <= y ? TRUE : FALSE;
    case Op.gt: return x > y ? TRUE : FALSE;
    case Op.ge: return x >= y ? TRUE : FALSE;
    case Op.eq: return x === y ? TRUE : FALSE;
    case Op.ne: return x !== y ? TRUE : FALSE;
    default: return aF && bF ? ((op === Op.eeq) === (x === y) ? TRUE : FALSE) : undefined;
  }
}

/**
 * An operator the fast paths could not decide: the operator's BIF, which raises on bad operands.
 * Its failure is headed by the operator's frame ({:erlang, :+, [a, b], []}, added by the BIF
 * table) except for the opcodes that have none on the BEAM (add_nf, sub_nf).
 */
export function operatorSlow(op: number, imp: ImportSlot, a: Term, b: Term, ctx: BifContext): Term {
  const r = floatOp(op, a, b);
  if (r !== undefined) return r;
  if (op === Op.eq || op === Op.eeq || op === Op.ne || op === Op.ene) {
    const e = identityEquals(a, b);
    if (e !== undefined) return e === (op === Op.eq || op === Op.eeq) ? TRUE : FALSE;
  }
  if (op !== Op.add_nf && op !== Op.sub_nf) return imp.bif!.fn([a, b], ctx) as Term; // operators never hand back a call
  return bifWithoutFrame(imp.bif!.fn, [a, b], ctx) as Term;
}

/**
 * Equality (== and =:= alike) decided without the term order: the same term, or an atom, pid or
 * reference (`pid == self()`, `x == :ok`), which only equals one of its own kind with the same
 * identity. Undefined: the BIF compares.
 */
function identityEquals(a: Term, b: Term): boolean | undefined {
  if (a === b) return true;
  if (a instanceof Atom) return false; // atoms are interned
  if (a instanceof Pid) return b instanceof Pid && samePid(a, b);
  if (a instanceof Ref) return b instanceof Ref && sameRef(a, b);
  return undefined;
}

/** call a BIF whose failure shows no frame of its own (the BEAM's increments and float instructions) */
export function bifWithoutFrame(fn: BifFn, args: Term[], ctx: BifContext): ReturnType<BifFn> {
  try {
    return fn(args, ctx);
  } catch (e) {
    if (e instanceof ErlangError) e.callee = undefined;
    throw e;
  }
}
