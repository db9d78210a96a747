// Small Erlang modules (:rand is rand.ts): :io / :io_lib (:string is erl_string.ts), and
// erlang:get_keys over the process dictionary.
import { listToArray } from "../terms.ts";
import { Atom, Bin, Cons, Float, NIL, Term, Tuple, atom, bin, list, tuple, OK, isMap, Pid, Port, Ref, Fun, ExtFun, NIL_ATOM, TRUE, FALSE } from "../terms.ts";
import { defineBifs, lookupBif, BifContext } from "./registry.ts";
import { TailCall, EmptyStackCall } from "../calls.ts";
import { badarg, badarith, ErlangError } from "../errors.ts";
import { arr, badargAt, chardataToString, codepoints } from "./util.ts";
import { refusesCharacterData, putCharsBadarg, ioNoDevice, ioTerminated, isConsoleDevice, ioRequestNoClause } from "./put_chars.ts";
import { FormatFail, UnwritableChars, formatDeep, formatText } from "../io_format.ts";
import { diagnoseFormat } from "../io_format_check.ts";
import { prettyDeep, writeShaped } from "../io_deep.ts";
import { writeTerm, writeLeaf } from "../io_write.ts";
import { inspect } from "../inspect.ts";
import { refIdOfWords } from "../ref_text.ts";
import { SCHEDULERS } from "./system_info.ts";
import { displayTerm } from "../display_term.ts";
import { prettyTerm } from "../io_pretty.ts";
import { exactEquals } from "../compare.ts";
import { append as appendLists, subtract as subtractLists } from "./erlang.ts";
import { OTP_BUILTINS } from "./otp_builtins.ts";
import { awaitingStdout } from "./stdout_wait.ts";
import { deviceServer, writeDevice, stdoutTerminated, deviceEnded } from "../io_routing.ts";
import { consoleText } from "../raw_bytes.ts";
import type { Node } from "../node.ts";
import type { Process } from "../process.ts";

// ---- :io.format / :io_lib.format (the formatting itself is vm/io_format.ts) ---------------------

function textOf(t: Term): string {
  if (t instanceof Bin) return t.toString();
  const r = chardataToString(t);
  return typeof r === "string" ? r : badarg();
}

/** :io.put_chars's text for a device: a binary that is not UTF-8 goes to the console's standard
 *  output byte for byte and is refused by its standard error (vm/raw_bytes.ts), as on OTP 25 */
function putCharsText(ctx: BifContext, d: Term, t: Term): string {
  if (!(t instanceof Bin) || !t.isBinary || deviceServer(ctx.node as Node, ctx.process as Process, d) !== undefined) return textOf(t);
  const c = consoleText(t.bytes);
  if (c.raw && isStderr(d)) putCharsBadarg(d, t);
  return c.text;
}

/** chardata for an io server, as io:request/2 sends it: a list that is text as one binary, any
 *  other data as it is (the server answers no_translation for bytes that are no UTF-8) */
function serverChars(t: Term): Term {
  return t instanceof Cons && !refusesCharacterData(t) ? bin(textOf(t)) : t;
}

/** a tuple is no device io's writers take: their request fails in io:request/3 before the io
 *  server would look at the text (undefined for any other device) */
function tupleDevice(ctx: BifContext, d: Term, request: Term): undefined {
  if (d instanceof Tuple) ioRequestNoClause(d, request, (ctx.node as Node).makeRef());
  return undefined;
}

/** write to a device: its io server (a StringIO, a captured :standard_error), else the console;
 *  a binary the caller gave goes to a server as it is (`data`), for the server to translate */
function put(ctx: BifContext, d: Term, text: string, call: [string, Term[]], data?: Term): Term | TailCall {
  const server = deviceServer(ctx.node as Node, ctx.process as Process, d);
  if (!isConsoleDevice(d) && d instanceof Atom && server === undefined) ioNoDevice(call[0], call[1]);
  if (deviceEnded(ctx.node as Node, d)) ioTerminated(call[0], call[1], true);
  // an io server is asked and waited for, as io:put_chars/2 does: its text comes before what follows
  if (server) return new TailCall(atom("Elixir.IO.Device"), [server.pid, atom("unicode"), data ?? bin(text)], atom("put!"));
  if (!isStderr(d) && stdoutTerminated(ctx.node as Node, ctx.process as Process)) ioTerminated(call[0], call[1], true);
  writeDevice(ctx.node as Node, ctx.process as Process, d, text, (fd, t) => ctx.write(fd, t));
  return OK;
}

function isStderr(d: Term): boolean {
  return d instanceof Atom && (d.name === "stderr" || d.name === "standard_error");
}

/** text for standard output from an :io function without a device argument */
function toStdout(ctx: BifContext, text: string, call: [string, Term[]]): Term {
  if (stdoutTerminated(ctx.node as Node, ctx.process as Process)) ioTerminated(call[0], call[1], false);
  ctx.write(1, text);
  return OK;
}

/** io_lib:format fails with a plain badarg; io:format says which argument and why (OTP 25) */
function libFormat(f: Term, a: Term): Term {
  try { return formatDeep(f, a); } catch (e) {
    if (e instanceof FormatFail) {
      // OTP 25's io_lib:format/2 re-raises badarg with its own call as the trace's top
      const err = new ErlangError("error", atom("badarg"));
      err.callee = tuple(atom("io_lib"), atom("format"), list([f, a]), list([tuple(atom("file"), list(codepoints("io_lib.erl"))), tuple(atom("line"), 187)]));
      throw err;
    }
    throw e;
  }
}

/** :io.format's text; a bad format fails as OTP 25's io.erl does: the argument counted from the
 *  call's first (after the device of format/3), the cause {:device, :put_chars} */
function ioFormat(f: Term, a: Term, first = 1): string {
  try { return formatText(f, a); } catch (e) {
    if (e instanceof FormatFail) {
      // (erl_stdlib_errors checks the format, the count and the types of the arguments in turn)
      const why = diagnoseFormat(f, a) ?? e;
      const err = new ErlangError("error", atom("badarg"));
      err.diagnosis = { args: [[why.arg + first - 1, why.why]], cause: tuple(atom("device"), atom("put_chars")) };
      throw err;
    }
    // formatted, but with a code that is no character: the io server fails writing it
    if (e instanceof UnwritableChars) {
      const err = new ErlangError("error", atom("badarg"));
      err.diagnosis = { args: [], general: "unknown error: put_chars", cause: tuple(atom("device"), atom("put_chars")) };
      throw err;
    }
    throw e;
  }
}

// :erlang.display/1 writes a term with the emulator's printer, straight to standard output
defineBifs("erlang", {
  // (the emulator ends its lines with CR LF; display_nl/0 writes its newline on standard error)
  // (written by the emulator itself, not through an io server: the caller does not wait)
  "display/1": ([t], ctx) => (ctx.write(1, displayTerm(t) + "\r\n", true), TRUE),
  "display_nl/0": (_, ctx) => (ctx.write(2, "\r\n", true), TRUE),
  "append/2": ([a, b]) => listOp(a, b, appendLists),
  "subtract/2": ([a, b]) => listOp(a, b, subtractLists),
  "ref_to_list/1": ([r]) => (r instanceof Ref ? list(codepoints(inspect(r).replace("#Reference<", "#Ref<"))) : badargAt(1, "not a reference")),
  "list_to_ref/1": ([l]) => listToRef(l),
  "list_to_port/1": ([l]) => listToPort(l),
  "fun_to_list/1": ([f]) => (f instanceof Fun || f instanceof ExtFun ? list(codepoints(writeLeaf(f)!)) : badargAt(1, "not a fun")),
  "is_builtin/3": ([m, f, a]) => {
    if (!(m instanceof Atom)) badargAt(1, "not an atom");
    if (!(f instanceof Atom)) badargAt(2, "not an atom");
    if (typeof a !== "number") badargAt(3, "not an integer");
    return OTP_BUILTINS[(m as Atom).name]?.split(" ").includes((f as Atom).name + "/" + a) ? TRUE : FALSE;
  },
});

/** append/2 and subtract/2 name a first argument that is no list as :erlang.++ does not */
function listOp(a: Term, b: Term, op: (a: Term, b: Term) => Term): Term {
  if (a !== NIL && !(a instanceof Cons)) badargAt(1, "not a list");
  return op(a, b);
}

const STANDARD_IO = atom("standard_io");

/** :io's calls wait, each writer for its own, while stdout holds more than its reader took */
const waits = (ctx: BifContext, d: Term, name: string, args: Term[]) => awaitingStdout(ctx, d, "io", name, args);

defineBifs("io", {
  "format/1": ([f], ctx) => waits(ctx, STANDARD_IO, "format", [f]) ?? toStdout(ctx, ioFormat(f, NIL), ["format", [f]]),
  "format/2": ([f, a], ctx) => waits(ctx, STANDARD_IO, "format", [f, a]) ?? toStdout(ctx, ioFormat(f, a), ["format", [f, a]]),
  "format/3": ([d, f, a], ctx) => tupleDevice(ctx, d, tuple(atom("format"), f, a)) ?? waits(ctx, d, "format", [d, f, a]) ?? put(ctx, d, ioFormat(f, a, 2), ["format", [d, f, a]]),
  "fwrite/1": ([f], ctx) => waits(ctx, STANDARD_IO, "fwrite", [f]) ?? toStdout(ctx, ioFormat(f, NIL), ["fwrite", [f]]),
  "fwrite/2": ([f, a], ctx) => waits(ctx, STANDARD_IO, "fwrite", [f, a]) ?? toStdout(ctx, ioFormat(f, a), ["fwrite", [f, a]]),
  "fwrite/3": ([d, f, a], ctx) => tupleDevice(ctx, d, tuple(atom("format"), f, a)) ?? waits(ctx, d, "fwrite", [d, f, a]) ?? put(ctx, d, ioFormat(f, a, 2), ["fwrite", [d, f, a]]),
  "put_chars/1": ([t], ctx) => {
    if (refusesCharacterData(t)) putCharsBadarg(undefined, t);
    return waits(ctx, STANDARD_IO, "put_chars", [t]) ?? toStdout(ctx, putCharsText(ctx, STANDARD_IO, t), ["put_chars", [t]]);
  },
  "put_chars/2": ([d, t], ctx) => {
    tupleDevice(ctx, d, tuple(atom("put_chars"), atom("unicode"), t));
    // (an io server is sent any chardata and says itself what it cannot translate)
    const toServer = deviceServer(ctx.node as Node, ctx.process as Process, d) ? serverChars(t) : undefined;
    if (toServer === undefined && refusesCharacterData(t)) putCharsBadarg(d, t);
    return waits(ctx, d, "put_chars", [d, t]) ?? put(ctx, d, toServer ? "" : putCharsText(ctx, d, t), ["put_chars", [d, t]], toServer);
  },
  "nl/0": (_, ctx) => waits(ctx, STANDARD_IO, "nl", []) ?? toStdout(ctx, "\n", ["nl", []]),
  "nl/1": ([d], ctx) => waits(ctx, d, "nl", [d]) ?? put(ctx, d, "\n", ["nl", [d]]),
});

/** io_lib:write(Term, Options): depth and chars_limit from the list (its first {Key, Value} each;
 *  a 0 of either is "..."); a chars limit above 0 goes through io_lib_pretty, not modelled here */
function writeWithOptions(t: Term, opts: Term): Term {
  const option = (key: string): Term => {
    for (let l = opts; l instanceof Cons; l = l.tail) {
      const o = l.head;
      if (o instanceof Tuple && o.items.length === 2 && o.items[0] instanceof Atom && o.items[0].name === key) return o.items[1];
    }
    return -1;
  };
  const depth = option("depth");
  const charsLimit = option("chars_limit");
  if (depth === 0 || charsLimit === 0) return list(codepoints("..."));
  if (typeof depth !== "number" || typeof charsLimit !== "number") return badarith();
  if (charsLimit > 0) return badarg();
  return writeShaped(t, depth);
}

/** io_lib_pretty:print's result: nested as ~p nests it where that is modelled (a term on one line) */
function prettyShaped(t: Term, col: number, ll: number, d: number): Term {
  const text = prettyTerm(t, col, ll, d, "latin1");
  return prettyDeep(t, text, d, (x, dd) => prettyTerm(x, 1, 1000000, dd, "latin1")) ?? list(codepoints(text));
}

defineBifs("io_lib", {
  "format/2": ([f, a]) => libFormat(f, a),
  "fwrite/2": ([f, a]) => libFormat(f, a),
  "write/1": ([t]) => writeShaped(t, -1),
  "write/2": ([t, d]) => (d instanceof Cons || d === NIL ? writeWithOptions(t, d) : writeShaped(t, typeof d === "number" ? d : badarg())),
  "print/1": ([t]) => prettyShaped(t, 1, 80, -1),
  "print/4": ([t, c, l, d]) => prettyShaped(t, intOr(c), intOr(l), intOr(d)),
});

defineBifs("io_lib_pretty", {
  "print/1": ([t]) => prettyShaped(t, 1, 80, -1),
  "print/4": ([t, c, l, d]) => prettyShaped(t, intOr(c), intOr(l), intOr(d)),
});

// ---- erlang:hibernate: the wait is lib/beamlet/hibernate.ex ------------------------------------

defineBifs("erlang", {
  "hibernate/3": ([m, f, a]) => {
    if (!(m instanceof Atom)) badargAt(1, "not an atom");
    if (!(f instanceof Atom)) badargAt(2, "not an atom");
    if (listToArray(a) === null) badargAt(3, "not a proper list");
    return new EmptyStackCall(atom("beamlet_hibernate"), [m, f, a], atom("wait"));
  },
});

defineBifs("beamlet", {
  // the message that woke a hibernating process goes back in front: the callee's receive sees
  // the queue in its order, whatever arrived meanwhile
  "requeue_front/1": ([m], ctx) => {
    ctx.process.mailbox.unshift(m);
    return atom("ok");
  },
});

// ---- erlang:get_keys (over the process dictionary BIF erlang:get/0) -----------------------------

defineBifs("erlang", {
  "get_keys/0": (_, ctx) => {
    const all = arr(lookupBif("erlang", "get", 0)!.fn([], ctx) as Term);
    return list(all.map((p) => (p as Tuple).items[0]));
  },
  "get_keys/1": ([v], ctx) => {
    const all = arr(lookupBif("erlang", "get", 0)!.fn([], ctx) as Term);
    return list(all.filter((p) => exactEquals((p as Tuple).items[1], v)).map((p) => (p as Tuple).items[0]));
  },
});


function intOr(t: Term): number {
  return typeof t === "number" && Number.isInteger(t) ? t : badarg();
}

/** list_to_ref/1: "#Ref<0.W2.W1.W0>" of bytes, read up to a NUL as ERTS does; a local reference's
 *  words (each below 2^32, the lowest below 2^18, the middle one's low 18 bits a scheduler) */
/** :erlang.list_to_port/1: '#Port<0.N>', a port of this node (N read as the emulator reads it,
 *  a 64-bit word, and below 2^28) */
function listToPort(l: Term): Port {
  let t = l;
  while (t instanceof Cons) t = t.tail;
  if (t !== NIL) badargAt(1, "not a list");
  const notPort = (): never => badargAt(1, "not a textual representation of a port");
  let text = "";
  for (let c: Term = l; c instanceof Cons; c = c.tail) {
    if (typeof c.head !== "number" || c.head < 0 || c.head > 255) notPort();
    text += String.fromCharCode(c.head as number);
  }
  const m = /^#Port<(\d+)\.(\d+)>$/.exec(text);
  if (m === null) return notPort();
  const id = BigInt.asUintN(64, BigInt(m[2]));
  if (BigInt(m[1]) !== 0n || id >= 1n << 28n) notPort();
  return new Port(Number(id));
}

function listToRef(l: Term): Ref {
  let t = l;
  while (t instanceof Cons) t = t.tail;
  if (t !== NIL) badargAt(1, "not a list");
  const notRef = (): never => badargAt(1, "not a textual representation of a reference");
  let text = "";
  for (let c: Term = l; c instanceof Cons; c = c.tail) {
    if (typeof c.head !== "number" || c.head < 0 || c.head > 255) notRef();
    text += String.fromCharCode(c.head as number);
  }
  const m = /^#Ref<(\d+)\.(\d+)\.(\d+)\.(\d+)>(?:\0|$)/.exec(text);
  if (m === null) return notRef();
  const [node, w2, w1, w0] = m.slice(1).map((d) => Number(d));
  if (node !== 0 || w2 >= 2 ** 32 || w1 >= 2 ** 32 || w0 >= 2 ** 18 || w1 % 2 ** 18 > SCHEDULERS) notRef();
  return new Ref(refIdOfWords(w2, w1, w0));
}
