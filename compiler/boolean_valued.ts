// Expressions whose value is always true or false when they have one: the left operand of `and`
// and `or` needs no run-time check then (beamlet:check_bool/2, BadBooleanError otherwise), in
// guards as in bodies. Only Kernel's own functions and macros count: the call must reach Kernel
// where the code stands (a module's `import Kernel, except: [<: 2]` and its own `<` do not).
import type { Ast } from "../lang/ast.ts";

/** Kernel's name/arity that give a boolean */
const BOOLEAN_KERNEL = new Set([
  "==/2", "!=/2", "===/2", "!==/2", "</2", ">/2", "<=/2", ">=/2", "in/2", "not/1",
  "is_atom/1", "is_binary/1", "is_bitstring/1", "is_boolean/1", "is_float/1", "is_function/1", "is_function/2",
  "is_integer/1", "is_list/1", "is_map/1", "is_map_key/2", "is_nil/1", "is_number/1", "is_pid/1", "is_port/1",
  "is_reference/1", "is_tuple/1", "is_struct/1", "is_struct/2", "is_exception/1", "is_exception/2",
]);

/**
 * Is a's value (when it returns) true or false? `receiver` names the module an import of
 * "name/arity" comes from where a stands (Kernel's default import included).
 */
export function isBooleanValued(a: Ast, receiver: (key: string) => string | undefined, depth = 0): boolean {
  if (a.t === "atom") return a.v === "true" || a.v === "false";
  if (a.t !== "call" || typeof a.name !== "string" || a.args === null || depth > 32) return false;
  // (`and` and `or` are special forms: `l and r` is r or false, `l or r` true or r, l checked)
  if ((a.name === "and" || a.name === "or") && a.args.length === 2) return isBooleanValued(a.args[1], receiver, depth + 1);
  const key = `${a.name}/${a.args.length}`;
  return BOOLEAN_KERNEL.has(key) && receiver(key) === "Elixir.Kernel";
}
