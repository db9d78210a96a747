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

// [number, name, operands, effect]
const table = [
  [1, "push_lit", [K.Lit], "push literal"],
  [2, "push_local", [K.Slot], "push local slot"],
  [3, "store_local", [K.Slot], "pop into local slot"],
  [4, "pop", [], "drop top"],
  [5, "dup", [], "duplicate top"],
  [6, "match", [K.Lit, K.Label], "pop v; match pattern, binding slots; jump to label on failure"],
  [7, "match_or_badmatch", [K.Lit], "pop v; match pattern or raise {:badmatch, v}; push v back"],
  [8, "jump", [K.Label], "pc := label"],
  [9, "jump_unless_truthy", [K.Label], "pop v; jump when v is false or nil"],
  [10, "jump_unless_true", [K.Label], "pop v; jump unless v is true (guards)"],
  [11, "call_local", [K.Func, K.Imm], "call function of the caller's version (R9); 1 reduction"],
  [12, "tail_local", [K.Func, K.Imm], "tail call of a local function"],
  [13, "call_ext", [K.Import], "call the current version of an import (R8) or a BIF; 1 reduction"],
  [14, "tail_ext", [K.Import], "tail call of an import"],
  [15, "call_dyn", [K.Atom, K.Imm], "stack [mod, args..]: call mod.name/argc"],
  [16, "tail_dyn", [K.Atom, K.Imm], "tail form of call_dyn"],
  [17, "call_fun", [K.Imm], "stack [args.., fun]: call a fun"],
  [18, "tail_fun", [K.Imm], "tail form of call_fun"],
  [19, "return", [], "pop result, leave frame, push result"],
  [20, "make_fun", [K.Func, K.Imm], "pop n free values; push a closure of this version"],
  [21, "make_ext_fun", [K.Import], "push &Mod.f/a"],
  [22, "make_tuple", [K.Imm], "pop n; push tuple"],
  [23, "make_list", [K.Imm], "pop tail then n items; push list"],
  [24, "make_map", [K.Imm], "pop n key/value pairs; push map"],
  [25, "map_update", [K.Imm], "pop n pairs and a map; %{m | k => v} (keys must exist)"],
  [26, "make_bin", [K.Lit], "pop segment values; build a binary by the segment specs"],
  [27, "bif", [K.Import], "call a BIF in place (no frame); guards use it"],
  [28, "try", [K.Label], "push a handler: on raise, unwind here and jump to label with [kind, reason, stack]"],
  [29, "try_end", [], "pop the innermost handler"],
  [30, "raise", [], "pop stacktrace, reason, kind; raise them (stacktrace nil: fresh)"],
  [31, "recv_peek", [K.Label], "push the message at the receive cursor, or jump to label if none"],
  [32, "recv_next", [], "advance the receive cursor"],
  [33, "recv_accept", [], "remove the message at the cursor from the mailbox; reset the cursor"],
  [34, "recv_wait", [K.Label], "pop timeout; wait for a message (then jump back to peek: next op is jump) or jump to label on timeout"],
  [35, "define_module", [K.Lit], "install a module compiled with this script; push {:module, M, bin, nil}"],
  [36, "field", [K.Atom], "pop t; map: push t.key or raise KeyError; atom: call t.key()"],
  [37, "raise_error", [K.Lit], "raise :error with a literal reason built from the stack (see interpreter)"],
  [38, "guard_begin", [K.Label], "guard: a raise jumps to label (the clause fails)"],
  [39, "guard_end", [], "leave the guard"],
  [40, "swap", [], "swap the two top values"],
  [41, "func_info", [K.Imm], "function_clause: raise with the frame's arguments"],
  [42, "struct_new", [K.Atom, K.Imm], "stack [pairs..]: build %Mod{...} from Mod.__struct__/0"],
  [43, "recv_timeout", [], "after a receive timed out: reset the cursor"],
  [44, "push_self_fn", [], "reserved"],
  // arithmetic and comparisons with a fast path for small integers; the import is the BIF that
  // handles everything else (floats, bigints, errors)
  [45, "add", [K.Import], "a + b"],
  [46, "sub", [K.Import], "a - b"],
  [47, "mul", [K.Import], "a * b"],
  [48, "lt", [K.Import], "a < b"],
  [49, "le", [K.Import], "a =< b"],
  [50, "gt", [K.Import], "a > b"],
  [51, "ge", [K.Import], "a >= b"],
  [52, "eq", [K.Import], "a == b"],
  [53, "ne", [K.Import], "a /= b"],
  [54, "eeq", [K.Import], "a =:= b"],
  [55, "ene", [K.Import], "a =/= b"],
] as const;

export type OpName = (typeof table)[number][1];

export interface OpInfo {
  readonly code: number;
  readonly name: OpName;
  readonly operands: readonly K[];
  readonly effect: string;
}

export const OPS: readonly OpInfo[] = table.map(([code, name, operands, effect]) => ({ code, name, operands, effect }));

export const Op = Object.fromEntries(table.map(([code, name]) => [name, code])) as { readonly [N in OpName]: number };

const byCode: (OpInfo | undefined)[] = [];
for (const o of OPS) byCode[o.code] = o;
export function opInfo(code: number): OpInfo | undefined {
  return byCode[code];
}
