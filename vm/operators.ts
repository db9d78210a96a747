// Fast paths of the arithmetic and comparison opcodes (shared by the interpreter and compiled
// code): small integers and floats are handled here, everything else by the operator's BIF.
import { Op } from "../compiler/opcodes.ts";
import { Float, Term, TRUE, FALSE, tuple, list, NIL, atom } from "./terms.ts";
import { ErlangError } from "./errors.ts";
import type { ImportSlot } from "./module.ts";
import type { BifContext } from "./bifs/registry.ts";

const A_ERLANG = atom("erlang");

/** an operator on two small integers, or undefined when the result leaves them (the BIF then) */
export function smallIntOp(op: number, a: number, b: number): Term | undefined {
  switch (op) {
    case Op.add: { const x = a + b; return Number.isSafeInteger(x) ? x : undefined; }
    case Op.sub: { const x = a - b; return Number.isSafeInteger(x) ? x : undefined; }
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
    case Op.add: { const r = x + y; return Number.isFinite(r) ? new Float(r) : undefined; }
    case Op.sub: { const r = x - y; return Number.isFinite(r) ? new Float(r) : undefined; }
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

/** an operator the fast paths could not decide: the operator's BIF, which raises on bad operands */
export function operatorSlow(op: number, imp: ImportSlot, a: Term, b: Term, ctx: BifContext): Term {
  const r = floatOp(op, a, b);
  if (r !== undefined) return r;
  try {
    return imp.bif!.fn([a, b], ctx) as Term; // operators never hand back a call
  } catch (e) {
    // as on the BEAM, the failing operator and its arguments head the stack trace
    if (e instanceof ErlangError && e.stacktrace === undefined) e.callee = tuple(A_ERLANG, imp.nameAtom, list([a, b]), NIL);
    throw e;
  }
}
