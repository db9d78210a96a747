// What :io.put_chars refuses, and the badarg it fails with, its own frame heading the trace as on
// OTP 25: the standard io server converts a list to unicode (so each binary in it must be valid
// UTF-8 and each integer a code point) but writes a bare binary as it is.
import { Atom, Bin, Cons, NIL, Term, atom, tuple } from "../terms.ts";
import { ErlangError, raiseInElixir } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { utf8 } from "./util.ts";

/** a list that is not character data */
export function refusesCharacterData(t: Term): boolean {
  return (t instanceof Cons || t === NIL) && !isCharacterData(t);
}

/** binaries of valid UTF-8 and code points, in lists (a binary may end one) */
function isCharacterData(t: Term): boolean {
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let x = stack.pop()!;
    while (x instanceof Cons) {
      const h = x.head;
      if (typeof h === "number") {
        if (!Number.isInteger(h) || h < 0 || h > 0x10ffff || (h >= 0xd800 && h <= 0xdfff)) return false;
      } else if (h instanceof Cons || h instanceof Bin || h === NIL) stack.push(h);
      else return false;
      x = x.tail;
    }
    if (x instanceof Bin) {
      if (x.tailBits !== 0 || utf8(x) === undefined) return false;
    } else if (x !== NIL) return false;
  }
  return true;
}

/** the badarg of :io.put_chars(device, data) as OTP gives it: its frame heads the trace */
export function putCharsBadarg(dev: Term | undefined, data: Term): never {
  const e = new ErlangError("error", atom("badarg"));
  // (the io server refused the request: OTP's cause {:device, :put_chars}; put_chars/1 names its
  // only argument)
  e.diagnosis = { args: [[dev === undefined ? 1 : 2, "not valid character data (an iodata term)"]], cause: tuple(atom("device"), atom("put_chars")) };
  const name = dev instanceof Atom ? (dev.name === "stdio" ? "standard_io" : dev.name === "stderr" ? "standard_error" : dev.name) : undefined;
  const args = dev === undefined ? [data] : [name === undefined ? dev : atom(name), data];
  e.callee = bifErrorFrame("io", "put_chars", args, e.diagnosis, ["io.erl", 99]);
  throw e;
}

/** the badarg of :io.put_chars(device, data) to a device no process stands for (`IO.puts(:nodev,
 *  "x")`): OTP names the device argument, with the cause {:io, :arguments} */
export function putCharsNoDevice(dev: Term, data: Term): never {
  return ioNoDevice("put_chars", [dev, data]);
}

/** the same for any :io function writing to such a device (format/3, fwrite/3, nl/1) */
export function ioNoDevice(name: string, args: Term[]): never {
  const e = new ErlangError("error", atom("badarg"));
  e.diagnosis = { args: [[1, "the device does not exist"]], cause: tuple(atom("io"), atom("arguments")) };
  e.callee = bifErrorFrame("io", name, args, e.diagnosis, ["io.erl", 94]);
  throw e;
}

/** the error of an :io function writing to the standard io device once it has terminated (its
 *  reader went away): with the device an argument OTP names it, else it explains the reason */
export function ioTerminated(name: string, args: Term[], deviceArg: boolean): never {
  const e = new ErlangError("error", atom("terminated"));
  e.diagnosis = deviceArg
    ? { args: [[1, "the device has terminated"]], cause: tuple(atom("io"), atom("terminated")) }
    : { args: [], general: "the device has terminated", cause: tuple(atom("io"), atom("terminated")) };
  e.callee = bifErrorFrame("io", name, args, e.diagnosis, ["io.erl", 94]);
  throw e;
}

/** the devices that are the console when no process is registered under their name */
export function isConsoleDevice(d: Term): boolean {
  return d instanceof Atom && (d.name === "stdio" || d.name === "standard_io" || d.name === "stderr" || d.name === "standard_error");
}

/** a write request to a device that is a tuple, which OTP's io:request/3 (io.erl:588) has no
 *  clause for: its function_clause, with the request and the fresh reference io's writers tag it with */
export function ioRequestNoClause(device: Term, request: Term, tag: Term): never {
  raiseInElixir(atom("function_clause"), "io", "request", [device, request, tag], "io.erl", 588);
}
