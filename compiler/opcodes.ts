// The one opcode table. The emitter, the .bbc writer/reader/verifier, the disassembler and the
// interpreter all read it. Numbers are forever: append only, retired opcodes stay as holes, and a
// change of operands bumps BYTECODE_VERSION.
//
// beamlet's bytecode is a stack machine. Each frame owns a window of the process stack:
//   stack[bp .. bp+nlocals)  local variable slots (arguments first)
//   stack[bp+nlocals .. sp)  operand stack
// Code is an Int32Array: an opcode followed by its operands.

/** Operand kinds say how to read, check and print each operand. */
export enum K {
  Slot, // local variable slot (< nlocals)
  Lit, // index into the literal table (terms and patterns)
  Label, // absolute code offset
  Imm, // small immediate integer
  Import, // index into the import table (module, function, arity)
  Func, // index into the module's function table
  Atom, // literal table index holding an atom
}

export const BYTECODE_VERSION = 1;

/**
 * Opcode numbers and names. An enum (not an object built at run time) so that esbuild inlines
 * every `Op.x` as a number and the interpreter's switch compiles to a jump table.
 */
export enum Op {
  push_lit = 1,
  push_local = 2,
  store_local = 3,
  pop = 4,
  dup = 5,
  match = 6,
  match_or_badmatch = 7,
  jump = 8,
  jump_unless_truthy = 9,
  jump_unless_true = 10,
  call_local = 11,
  tail_local = 12,
  call_ext = 13,
  tail_ext = 14,
  call_dyn = 15,
  tail_dyn = 16,
  call_fun = 17,
  tail_fun = 18,
  return = 19,
  make_fun = 20,
  make_ext_fun = 21,
  make_tuple = 22,
  make_list = 23,
  make_map = 24,
  map_update = 25,
  make_bin = 26,
  bif = 27,
  try = 28,
  try_end = 29,
  raise = 30,
  recv_peek = 31,
  recv_next = 32,
  recv_accept = 33,
  recv_wait = 34,
  define_module = 35,
  field = 36,
  raise_error = 37,
  guard_begin = 38,
  guard_end = 39,
  swap = 40,
  func_info = 41,
  struct_new = 42,
  recv_timeout = 43,
  push_self_fn = 44,
  add = 45,
  sub = 46,
  mul = 47,
  lt = 48,
  le = 49,
  gt = 50,
  ge = 51,
  eq = 52,
  ne = 53,
  eeq = 54,
  ene = 55,
  add_nf = 56,
  sub_nf = 57,
  bif_nf = 58,
}

// [opcode, operands, effect]
const table = [
  [Op.push_lit, [K.Lit], "push literal"],
  [Op.push_local, [K.Slot], "push local slot"],
  [Op.store_local, [K.Slot], "pop into local slot"],
  [Op.pop, [], "drop top"],
  [Op.dup, [], "duplicate top"],
  [Op.match, [K.Lit, K.Label], "pop v; match pattern, binding slots; jump to label on failure"],
  [Op.match_or_badmatch, [K.Lit], "pop v; match pattern or raise {:badmatch, v}; push v back"],
  [Op.jump, [K.Label], "pc := label"],
  [Op.jump_unless_truthy, [K.Label], "pop v; jump when v is false or nil"],
  [Op.jump_unless_true, [K.Label], "pop v; jump unless v is true (guards)"],
  [Op.call_local, [K.Func, K.Imm], "call function of the caller's version (R9); 1 reduction"],
  [Op.tail_local, [K.Func, K.Imm], "tail call of a local function"],
  [Op.call_ext, [K.Import], "call the current version of an import (R8) or a BIF; 1 reduction"],
  [Op.tail_ext, [K.Import], "tail call of an import"],
  [Op.call_dyn, [K.Atom, K.Imm], "stack [mod, args..]: call mod.name/argc"],
  [Op.tail_dyn, [K.Atom, K.Imm], "tail form of call_dyn"],
  [Op.call_fun, [K.Imm], "stack [args.., fun]: call a fun"],
  [Op.tail_fun, [K.Imm], "tail form of call_fun"],
  [Op.return, [], "pop result, leave frame, push result"],
  [Op.make_fun, [K.Func, K.Imm], "pop n free values; push a closure of this version"],
  [Op.make_ext_fun, [K.Import], "push &Mod.f/a"],
  [Op.make_tuple, [K.Imm], "pop n; push tuple"],
  [Op.make_list, [K.Imm], "pop tail then n items; push list"],
  [Op.make_map, [K.Imm], "pop n key/value pairs; push map"],
  [Op.map_update, [K.Imm], "pop n pairs and a map; %{m | k => v} (keys must exist)"],
  [Op.make_bin, [K.Lit], "pop segment values; build a binary by the segment specs"],
  [Op.bif, [K.Import], "call a BIF in place (no frame); guards use it"],
  [Op.try, [K.Label], "push a handler: on raise, unwind here and jump to label with [kind, reason, stack]"],
  [Op.try_end, [], "pop the innermost handler"],
  [Op.raise, [], "pop stacktrace, reason, kind; raise them (stacktrace nil: fresh)"],
  [Op.recv_peek, [K.Label], "push the message at the receive cursor, or jump to label if none"],
  [Op.recv_next, [], "advance the receive cursor"],
  [Op.recv_accept, [], "remove the message at the cursor from the mailbox; reset the cursor"],
  [Op.recv_wait, [K.Label], "pop timeout; wait for a message (then jump back to peek: next op is jump) or jump to label on timeout"],
  [Op.define_module, [K.Lit], "reserved (a defmodule in code calls :beamlet_code.define_nested_module/3)"],
  [Op.field, [K.Atom], "pop t; map: push t.key or raise KeyError; atom: call t.key()"],
  [Op.raise_error, [K.Lit], "raise :error with a literal reason built from the stack (see interpreter)"],
  [Op.guard_begin, [K.Label], "guard: a raise jumps to label (the clause fails)"],
  [Op.guard_end, [], "leave the guard"],
  [Op.swap, [], "swap the two top values"],
  [Op.func_info, [K.Imm], "function_clause: raise with the frame's arguments"],
  [Op.struct_new, [K.Atom, K.Imm], "stack [pairs..]: build %Mod{...} from Mod.__struct__/0"],
  [Op.recv_timeout, [], "after a receive timed out: reset the cursor"],
  [Op.push_self_fn, [], "reserved"],
  // arithmetic and comparisons with a fast path for small integers; the import is the BIF that
  // handles everything else (floats, bigints, errors)
  [Op.add, [K.Import], "a + b"],
  [Op.sub, [K.Import], "a - b"],
  [Op.mul, [K.Import], "a * b"],
  [Op.lt, [K.Import], "a < b"],
  [Op.le, [K.Import], "a =< b"],
  [Op.gt, [K.Import], "a > b"],
  [Op.ge, [K.Import], "a >= b"],
  [Op.eq, [K.Import], "a == b"],
  [Op.ne, [K.Import], "a /= b"],
  [Op.eeq, [K.Import], "a =:= b"],
  [Op.ene, [K.Import], "a =/= b"],
  // the same operations where OTP 25's code has no BIF frame to show when they fail: its loader
  // turns `x + 5` / `x - 5` into an increment, its compiler makes float arithmetic and `/` float
  // instructions; a failure then heads the stack trace with the calling function, and Elixir's
  // ArithmeticError names no operands (compiler/arith_frames.ts decides)
  [Op.add_nf, [K.Import], "a + b; a failure adds no frame for the operator"],
  [Op.sub_nf, [K.Import], "a - b; a failure adds no frame for the operator"],
  [Op.bif_nf, [K.Import], "call a BIF in place, as bif; a failure adds no frame for the BIF"],
] as const;

export type OpName = keyof typeof Op;

export interface OpInfo {
  readonly code: number;
  readonly name: OpName;
  readonly operands: readonly K[];
  readonly effect: string;
}

export const OPS: readonly OpInfo[] = table.map(([code, operands, effect]) => ({ code, name: Op[code] as OpName, operands, effect }));

const byCode: (OpInfo | undefined)[] = [];
for (const o of OPS) byCode[o.code] = o;
export function opInfo(code: number): OpInfo | undefined {
  return byCode[code];
}
