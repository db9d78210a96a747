// Expected values are what real Elixir 1.14 / OTP 25 returned for the same calls.
import { describe, it, expect } from "vitest";
import "../../vm/bifs/index.ts";
import { lookupBif, BifContext } from "../../vm/bifs/registry.ts";
import { ErlangError, argumentErrorMessage } from "../../vm/errors.ts";
import { inspect } from "../../vm/inspect.ts";
import { TailCall } from "../../vm/calls.ts";
import { Term, Tuple, MapLike, atom, bin, list, tuple, Float, Pid, isMap, Bin } from "../../vm/terms.ts";
import { ordinal } from "../../vm/error_info.ts";

let out: [number, string][] = [];
const ctx: BifContext = { write: (fd, t) => void out.push([fd, t]), self: () => new Pid(1), node: null, process: null };

function call(mod: string, fa: string, ...args: Term[]): Term {
  const slash = fa.lastIndexOf("/");
  const e = lookupBif(mod, fa.slice(0, slash), Number(fa.slice(slash + 1)));
  if (!e) throw new Error("no bif " + mod + ":" + fa);
  return e.fn(args, ctx) as Term; // these BIFs never hand back a call
}
const S = (fa: string, ...a: Term[]) => inspect(call("Elixir.String", fa, ...a));
const kw = (o: Record<string, Term>) => list(Object.entries(o).map(([k, v]) => tuple(atom(k), v)));

function raised(f: () => unknown): string {
  try { f(); } catch (e) {
    if (!(e instanceof ErlangError)) throw e;
    const r = e.reason;
    if (isMap(r)) {
      const msg = r.get(atom("message"));
      return inspect(r.get(atom("__struct__"))!) + ": " + (msg instanceof Bin ? msg.toString() : inspect(r));
    }
    const message = badargMessage(e);
    return inspect(r) + (message ? " " + JSON.stringify(message) : "");
  }
  return "no error";
}

/** the message Elixir makes of a badarg; texts worked out when formatted (:binary's) are asked of
 *  their formatter, with the error's frame, as ErlangError.normalize does */
function badargMessage(e: ErlangError): string | undefined {
  const formatter = e.diagnosis?.deferredTo;
  if (formatter === undefined || !(e.callee instanceof Tuple)) return argumentErrorMessage(e);
  const texts = (call(formatter, "format_error/2", e.reason, list([e.callee])) as MapLike).entries();
  if (texts.length === 0) return undefined;
  return "errors were found at the given arguments:\n\n" + texts.sort((a, b) => (a[0] as number) - (b[0] as number))
    .map(([n, why]) => "  * " + ordinal(n as number) + " argument: " + (why as Bin).toString() + "\n").join("");
}

describe(":erlang", () => {
  it("integer arithmetic overflows into big integers and back", () => {
    expect(inspect(call("erlang", "*/2", 2 ** 40, 2 ** 40))).toBe("1208925819614629174706176");
    expect(call("erlang", "-/2", call("erlang", "*/2", 2 ** 40, 2 ** 40), call("erlang", "*/2", 2 ** 40, 2 ** 40))).toBe(0);
    expect(inspect(call("erlang", "//2", 1, 2))).toBe("0.5");
    expect(call("erlang", "div/2", -7, 2)).toBe(-3);
    expect(call("erlang", "rem/2", -7, 2)).toBe(-1);
    expect(raised(() => call("erlang", "div/2", 1, 0))).toBe(":badarith");
    expect(raised(() => call("erlang", "+/2", 1, atom("a")))).toBe(":badarith");
    expect(call("erlang", "round/1", new Float(2.5))).toBe(3);
    expect(call("erlang", "round/1", new Float(-2.5))).toBe(-3);
  });
  it("raises badarg with OTP 25 error info", () => {
    expect(raised(() => call("erlang", "binary_to_integer/1", bin("x")))).toBe(
      ':badarg "errors were found at the given arguments:\\n\\n  * 1st argument: not a textual representation of an integer\\n"');
    expect(raised(() => call("erlang", "element/2", 5, tuple(1)))).toContain("out of range");
    expect(raised(() => call("erlang", "hd/1", list([])))).toContain("not a nonempty list");
  });
  it("converts floats like OTP", () => {
    expect(call("erlang", "float_to_binary/1", new Float(0.1)).toString()).toBe("1.00000000000000005551e-01");
    expect(call("erlang", "float_to_binary/2", new Float(1.0e15), list([atom("short")])).toString()).toBe("1.0e15");
    expect(call("erlang", "float_to_binary/2", new Float(3.14159), list([tuple(atom("decimals"), 2)])).toString()).toBe("3.14");
  });
});

describe("String", () => {
  it("splits, replaces, slices like Elixir 1.14", () => {
    expect(S("split/2", bin("abc"), bin(""))).toBe('["", "a", "b", "c", ""]');
    expect(S("split/2", bin(" a  b "), bin(" "))).toBe('["", "a", "", "b", ""]');
    expect(S("split/3", bin(" a  b "), bin(" "), kw({ trim: atom("true") }))).toBe('["a", "b"]');
    expect(S("split/3", bin("a,b,c"), bin(","), kw({ parts: 2 }))).toBe('["a", "b,c"]');
    expect(S("split/1", bin(" a \t b\n"))).toBe('["a", "b"]');
    expect(S("replace/3", bin("abc"), bin(""), bin("-"))).toBe('"-a-b-c-"');
    expect(S("replace/4", bin("aaa"), bin("a"), bin("b"), kw({ global: atom("false") }))).toBe('"baa"');
    expect(S("trim/2", bin("xxaxx"), bin("x"))).toBe('"a"');
    expect(S("slice/3", bin("hello"), -3, 2)).toBe('"ll"');
    expect(S("slice/3", bin("hello"), 10, 1)).toBe('""');
    expect(S("capitalize/1", bin("hELLO wORLD"))).toBe('"Hello world"');
    expect(S("upcase/1", bin("straße"))).toBe('"STRASSE"');
    expect(S("pad_leading/3", bin("abc"), 6, bin("12"))).toBe('"121abc"');
    expect(S("pad_trailing/3", bin("abc"), 7, bin("xy"))).toBe('"abcxyxy"');
    expect(S("at/2", bin("abc"), -1)).toBe('"c"');
    expect(S("at/2", bin("abc"), 3)).toBe("nil");
    expect(S("length/1", bin("é👍🏽x"))).toBe("3");
    expect(S("graphemes/1", bin("e\u0301a"))).toBe('["e\u0301", "a"]');
  });
  it("raises Elixir's errors", () => {
    // String.to_integer is :erlang.binary_to_integer (Elixir inlines it): its badarg, with the reason
    expect(raised(() => call("Elixir.String", "to_integer/1", bin("x")))).toBe(
      ':badarg "errors were found at the given arguments:\\n\\n  * 1st argument: not a textual representation of an integer\\n"');
    expect(raised(() => call("Elixir.String", "to_integer/2", bin("12"), 40))).toContain("2nd argument: not an integer in the range 2 through 36");
    expect(raised(() => call("Elixir.String", "duplicate/2", bin("a"), -1))).toContain("2nd argument: out of range");
    // no clause matches: the raw reason is :function_clause, as an Elixir clause failure's
    expect(raised(() => call("Elixir.String", "length/1", atom("a")))).toBe(":function_clause");
  });
  it("fails with the function's own frame: its full arity's arguments and first clause's file:line", () => {
    const frame = (f: () => unknown): string => {
      try { f(); } catch (e) {
        if (e instanceof ErlangError) return inspect(e.callee!);
        throw e;
      }
      return "no error";
    };
    expect(frame(() => call("Elixir.String", "upcase/1", 1))).toBe("{String, :upcase, [1, :default], [file: 'lib/string.ex', line: 831]}");
    expect(frame(() => call("Elixir.String", "upcase/2", bin("a"), atom("bad")))).toBe('{String, :upcase, ["a", :bad], [file: \'lib/string.ex\', line: 831]}');
    expect(S("upcase/2", bin(""), atom("bad"))).toBe('""');
    expect(frame(() => call("Elixir.Integer", "digits/2", 10, 1))).toContain("{Integer, :digits, [10, 1], [file: 'lib/integer.ex', line: ");
  });
});

describe("Integer, Float, List, Keyword, Map", () => {
  it("parses and formats numbers", () => {
    const I = (fa: string, ...a: Term[]) => inspect(call("Elixir.Integer", fa, ...a));
    const F = (fa: string, ...a: Term[]) => inspect(call("Elixir.Float", fa, ...a));
    expect(I("parse/1", bin("12abc"))).toBe('{12, "abc"}');
    expect(I("parse/1", bin("+5"))).toBe('{5, ""}');
    expect(I("parse/1", bin(" 5"))).toBe(":error");
    expect(I("parse/2", bin("ff"), 16)).toBe('{255, ""}');
    expect(I("digits/1", -123)).toBe("[-1, -2, -3]");
    expect(I("gcd/2", -12, 18)).toBe("6");
    expect(I("pow/2", 2, 70)).toBe("1180591620717411303424");
    expect(I("floor_div/2", -7, 2)).toBe("-4");
    expect(I("mod/2", -7, 2)).toBe("1");
    expect(I("to_string/2", -255, 16)).toBe('"-FF"');
    expect(F("parse/1", bin("1.5abc"))).toBe('{1.5, "abc"}');
    expect(F("parse/1", bin("1"))).toBe('{1.0, ""}');
    expect(F("parse/1", bin(".5"))).toBe(":error");
    expect(F("parse/1", bin("1.5e3x"))).toBe('{1500.0, "x"}');
    expect(F("round/2", new Float(2.675), 2)).toBe("2.67");
    expect(F("round/2", new Float(1.005), 2)).toBe("1.0");
    expect(F("round/1", new Float(-1.5))).toBe("-2.0");
    expect(F("ceil/2", new Float(1.01), 1)).toBe("1.1");
    expect(F("floor/2", new Float(-1.01), 1)).toBe("-1.1");
    expect(raised(() => call("Elixir.Float", "round/2", new Float(1.5), 20))).toBe("ArgumentError: precision 20 is out of valid range of 0..15");
    expect(raised(() => call("Elixir.Integer", "undigits/2", list([10]), 10))).toBe("ArgumentError: invalid digit 10 in base 10");
  });
  it("handles lists, keywords and maps", () => {
    const a = atom("a"), b = atom("b");
    // (List.zip/1, pop_at, delete_at, insert_at, replace_at and update_at are Elixir code in
    // lib/list.ex: conformance fuzz/list_zip_elements, library/library_call_frames,
    // library/list_at_improper_frames)
    // (Keyword is Elixir code in lib/keyword.ex: conformance core/keyword_loose_lists, library_bad_arguments)
    const m = call("maps", "from_list/1", list([tuple(a, 1), tuple(b, 2)]));
    expect(inspect(call("Elixir.Map", "split/2", m, list([a, atom("c")])))).toBe("{%{a: 1}, %{b: 2}}");
    expect(raised(() => call("Elixir.Map", "fetch!/2", call("maps", "new/0"), a))).toBe("KeyError: %{__exception__: true, __struct__: KeyError, key: :a, message: nil, term: %{}}");
    expect(raised(() => call("Elixir.Map", "get/2", a, a))).toBe("{:badmap, :a}");
  });
  it(":binary splits and matches", () => {
    const sep = bin(",");
    expect(inspect(call("binary", "split/3", bin("a,b,,c"), sep, list([atom("global")])))).toBe('["a", "b", "", "c"]');
    expect(inspect(call("binary", "split/3", bin("a,b,,c,"), list([bin(","), bin(";")]), list([atom("global"), atom("trim_all")])))).toBe('["a", "b", "c"]');
    expect(inspect(call("binary", "match/2", bin("abc"), bin("c")))).toBe("{2, 1}");
    expect(inspect(call("binary", "matches/2", bin("abab"), bin("b")))).toBe("[{1, 1}, {3, 1}]");
  });
});

describe("IO", () => {
  it("writes to stdout and stderr and returns the inspected term", () => {
    out = [];
    call("Elixir.IO", "puts/1", list([bin("1"), bin("2")]));
    call("Elixir.IO", "puts/2", atom("stderr"), bin("to err"));
    call("Elixir.IO", "write/1", atom("hello"));
    call("Elixir.IO", "puts/1", new Float(3.0));
    const t = list([1, 2]);
    expect(call("Elixir.IO", "inspect/2", t, kw({ label: bin("lbl") }))).toBe(t);
    expect(out).toEqual([[1, "12\n"], [2, "to err\n"], [1, "hello"], [1, "3.0\n"], [1, "lbl: [1, 2]\n"]]);
  });
  it("a term that is not chardata goes to String.Chars in the language (Elixir's to_chardata)", () => {
    // (the Protocol.UndefinedError and its frames: conformance traces/io_puts_non_chardata)
    const r = call("Elixir.IO", "puts/1", tuple(1, 2)) as unknown as TailCall;
    expect(r).toBeInstanceOf(TailCall);
    expect([r.target, r.name]).toEqual([atom("Elixir.IO"), atom("__puts_chars__")]);
    expect(inspect(list(r.args))).toBe("[:stdio, {1, 2}]");
  });
});
