// How OTP 25's :crypto fails, for the digests (vm/bifs/hashes.ts) and the ciphers
// (crypto_cipher.ts) alike. A NIF's bad argument is {:badarg, {'file.c', line}, 'why'}, raised by
// crypto.erl's wrapper with the Erlang function's own frame: its arguments, its line in crypto.erl
// and error_info %{erl_function_arg_num: n}, which crypto:format_error/2 turns into
// "* nth argument: why". What crypto.erl checks in Erlang first fails there: its data through
// erlang:iolist_to_binary/1 (or binary_part/3) under the function's frame, by arity.
import { Atom, Cons, Term, Tuple, atom, list, tuple, charlist, isMap } from "../terms.ts";
import { codeFrame } from "../code_frame.ts";
import { defineBifs } from "./registry.ts";
import { ErlangError, BADARG } from "../errors.ts";
import { mapFromEntries } from "../map.ts";
import { bifErrorFrame } from "../error_info.ts";

/** the NIF's error term, and which argument of the Erlang function was wrong (its error_info) */
export class CryptoError extends ErlangError {
  constructor(reason: Term, readonly argNum?: number) {
    super("error", reason);
  }
}

export const raiseCrypto = (reason: Term, argNum?: number): never => {
  throw new CryptoError(reason, argNum);
};

/** a bad argument: {:badarg, {'file.c', line}, 'why'} */
export function nifError(file: string, line: number, why: string, argNum?: number): never {
  return raiseCrypto(tuple(atom("badarg"), tuple(charlist(file), line), charlist(why)), argNum);
}

/** the Erlang function of crypto.erl that calls the NIF heads the trace, with its arguments */
export function framed(fn: string, args: Term[], line: number, f: () => Term): Term {
  try {
    return f();
  } catch (e) {
    if (e instanceof ErlangError && e.callee === undefined) {
      const argNum = e instanceof CryptoError && e.argNum !== undefined ? e.argNum : atom("undefined");
      const errorInfo = mapFromEntries([[atom("erl_function_arg_num"), argNum]]);
      const loc = list([tuple(atom("file"), charlist("crypto.erl")), tuple(atom("line"), line), tuple(atom("error_info"), errorInfo)]);
      e.callee = tuple(atom("crypto"), atom(fn), list(args), loc);
    }
    throw e;
  }
}

/** a crypto.erl function's frame by arity, under a call it makes failing (crypto.erl:639: hash/2) */
export function cryptoFrame(fn: string, arity: number, line: number): Tuple {
  return codeFrame("crypto", fn, arity, "crypto.erl", line);
}

/** an erlang BIF crypto.erl calls failing on an argument (iolist_to_binary/1 of the data), under
 *  the calling function's frames */
export function erlangBifFails(name: string, args: Term[], arg: number, why: string, below: Tuple[]): never {
  const e = new ErlangError("error", BADARG);
  e.diagnosis = { args: [[arg, why]] };
  e.callee = bifErrorFrame("erlang", name, args, e.diagnosis);
  e.calleeBelow = below;
  throw e;
}

// crypto:format_error/2 (Elixir's ErlangError asks it): the wrong argument's text and the C file's place
defineBifs("crypto", {
  "format_error/2": ([reason, stack]) => {
    const [ex, where, msg] = reason instanceof Tuple && reason.items.length === 3 ? reason.items : [];
    if ((ex !== atom("badarg") && ex !== atom("notsup")) || !(where instanceof Tuple) || where.items.length !== 2) {
      throw new ErlangError("error", atom("function_clause"));
    }
    const argNum = errorInfoArgNum(stack);
    if (argNum === undefined) throw new ErlangError("error", tuple(atom("case_clause"), atom("undefined")));
    const [file, line] = where.items;
    const fileMsg = charlist(`(Found in the internal file ${file instanceof Atom ? file.name : charlistText(file)} at line ${String(line)})`);
    if (argNum === atom("undefined")) return mapFromEntries([[atom("general"), list([msg, charlist(" "), fileMsg])]]);
    return mapFromEntries([[argNum, msg], [atom("general"), fileMsg]]);
  },
});

/** erl_function_arg_num of the error_info in the top frame's location */
function errorInfoArgNum(stack: Term): Term | undefined {
  const top = stack instanceof Cons ? stack.head : undefined;
  let loc = top instanceof Tuple && top.items.length === 4 ? top.items[3] : undefined;
  for (; loc instanceof Cons; loc = loc.tail) {
    const entry = loc.head;
    if (entry instanceof Tuple && entry.items[0] === atom("error_info") && isMap(entry.items[1])) return entry.items[1].get(atom("erl_function_arg_num"));
  }
  return undefined;
}

function charlistText(t: Term): string {
  let s = "";
  for (let l = t; l instanceof Cons; l = l.tail) if (typeof l.head === "number") s += String.fromCodePoint(l.head);
  return s;
}
