// Which branches OTP's compiler looks at when their condition is a constant. Its "the call to
// elem/2 will fail" warnings (compiler/failing_calls.ts) come from simplifying each case clause it
// keeps, so a failing call in a clause it drops says nothing: `x = :x; is_tuple(x) and elem(x, 0)`
// is silent. sys_core_fold drops a clause whose literal pattern cannot match the constant subject
// without looking at it, and every clause after one that surely matches; a clause whose pattern
// matches but whose guard turns out false is still simplified first (so `:a || elem(a, 0)` warns).
// The clauses are the ones Elixir 1.14 translates each construct to:
//   and: `case l do false -> false; true -> r end`   or: `case l do false -> r; true -> true end`
//   &&: `case l do x when x in [false, nil] -> x; _ -> r end`  ||: `... -> r; x -> x end`
//   if (and unless, swapped): `case c do false -> else; true -> do end` when c returns a boolean,
//     else `case c do x when x in [false, nil] -> else; _ -> do end`
//   cond, each clause: `case c do true -> body; false -> rest end` when c returns a boolean,
//     else `case c do x when x != nil and x != false -> body; _ -> rest end`
import type { Ast } from "../lang/ast.ts";
import { Atom, type Term } from "../vm/terms.ts";
import { isCall } from "./ast_util.ts";
import { exactEquals } from "../vm/compare.ts";

const isAtom = (t: Term | undefined, name: string) => t instanceof Atom && t.name === name;
const isFalsy = (t: Term) => isAtom(t, "false") || isAtom(t, "nil");

/** the right operand of and/or/&&/|| is looked at, given the left one's constant value (undefined: unknown) */
export function rightOperandReached(op: "and" | "or" | "&&" | "||", left: Term | undefined): boolean {
  if (left === undefined) return true;
  switch (op) {
    case "and": return isAtom(left, "true");
    case "or": return isAtom(left, "false");
    case "&&": return !isFalsy(left);
    case "||": return true;
  }
}

/** whether the left operand's constant value is the whole operation's (true), the right one's is
 *  (false), or the operation fails (null: `:x and y` is a BadBooleanError) */
export function foldedBy(op: "and" | "or" | "&&" | "||", left: Term): boolean | null {
  switch (op) {
    case "and": return isAtom(left, "false") ? true : isAtom(left, "true") ? false : null;
    case "or": return isAtom(left, "true") ? true : isAtom(left, "false") ? false : null;
    case "&&": return isFalsy(left);
    case "||": return !isFalsy(left);
  }
}

/** which branches of `if cond` (do/else) are looked at, given cond's constant value */
export function ifBranchesReached(cond: Ast, value: Term | undefined): { then: boolean; other: boolean } {
  if (value === undefined) return { then: true, other: true };
  if (returnsBoolean(cond)) return { then: isAtom(value, "true"), other: isAtom(value, "false") };
  // the else clause comes first and matches any value; its guard decides
  return { then: !isFalsy(value), other: true };
}

/** for one cond clause: whether its body and the clauses after it are looked at */
export function condClauseReached(cond: Ast, value: Term | undefined): { body: boolean; rest: boolean } {
  if (value === undefined) return { body: true, rest: true };
  if (returnsBoolean(cond)) return { body: isAtom(value, "true"), rest: isAtom(value, "false") };
  return { body: true, rest: isFalsy(value) };
}

/**
 * for a case clause whose pattern is a constant (undefined: it binds or is not known) on a constant
 * subject: whether the clause is looked at, and whether it surely matches (so later ones are not)
 */
export function caseClauseReached(subject: Term | undefined, pattern: Term | undefined, isWildcard: boolean, hasGuard: boolean): { body: boolean; sure: boolean } {
  if (subject === undefined) return { body: true, sure: false };
  if (isWildcard) return { body: true, sure: !hasGuard };
  if (pattern === undefined) return { body: true, sure: false };
  const matches = exactEquals(subject, pattern);
  return { body: matches, sure: matches && !hasGuard };
}

const BOOLEAN_OPS = new Set(["not/1", "==/2", "!=/2", "===/2", "!==/2", "</2", ">/2", "<=/2", ">=/2", "in/2", "is_nil/1", "xor/2"]);
const TYPE_TESTS = new Set([
  "is_atom", "is_binary", "is_bitstring", "is_boolean", "is_float", "is_function", "is_integer", "is_list",
  "is_map", "is_number", "is_pid", "is_port", "is_reference", "is_tuple", "is_map_key", "is_struct", "is_exception",
]);

/** Elixir's returns_boolean: an expression whose value is surely true or false (it picks the if/cond shape) */
export function returnsBoolean(root: Ast): boolean {
  // (the last operand of and/or, or of a block, decides: followed in a loop, as deep as it nests)
  for (let a = root; ;) {
    if (a.t === "atom") return a.v === "true" || a.v === "false";
    if (!isCall(a) || a.args === null) return false;
    const args = a.args;
    let name: string | undefined;
    if (typeof a.name === "string") name = a.name;
    else if (isCall(a.name, ".") && a.name.args?.length === 2 && a.name.args[1].t === "atom") {
      const target = a.name.args[0];
      if (target.t === "atom" && target.v === "erlang") {
        const n = a.name.args[1].v;
        if (["and", "or", "xor", "==", "/=", "=<", ">=", "<", ">", "=:=", "=/="].includes(n) && args.length === 2) return true;
        if (n === "not" && args.length === 1) return true;
        if ((n === "andalso" || n === "orelse") && args.length === 2) {
          a = args[1];
          continue;
        }
        return n.startsWith("is_") && TYPE_TESTS.has(n);
      }
      return false;
    }
    if (name === undefined) return false;
    if ((name === "and" || name === "or") && args.length === 2) {
      a = args[1];
      continue;
    }
    if (name === "__block__") {
      if (args.length === 0) return false;
      a = args[args.length - 1];
      continue;
    }
    return BOOLEAN_OPS.has(`${name}/${args.length}`) || TYPE_TESTS.has(name);
  }
}
