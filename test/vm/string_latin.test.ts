// The grapheme functions on text below U+0300 (vm/bifs/elixir_string.ts simpleGraphemes): each
// character is a grapheme but CR LF, so the host's Intl.Segmenter (microseconds a grapheme:
// String.length of 5M "é" took 30 s, Elixir 0.8 s) is not asked. Answers are checked against
// Elixir by the conformance program reliability/string_latin_graphemes.exs.
import { it, expect, afterEach } from "vitest";
import "../../vm/bifs/index.ts";
import { lookupBif } from "../../vm/bifs/registry.ts";
import { bin } from "../../vm/terms.ts";

const call = (name: string, args: unknown[]) => lookupBif("Elixir.String", name, args.length)!.fn(args as any, null as any);

const original = Intl.Segmenter.prototype.segment;
afterEach(() => {
  Intl.Segmenter.prototype.segment = original;
});

/** how many times the host's segmenter segments a text while f runs */
function segmentCalls(f: () => void): number {
  let n = 0;
  Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, s: string) {
    n++;
    return original.call(this, s);
  };
  f();
  Intl.Segmenter.prototype.segment = original;
  return n;
}

it("Latin text is split without the host's segmenter", () => {
  const text = bin("é\r\nÅ\u02FFÿ\rx".repeat(2_000));
  let length = 0;
  expect(segmentCalls(() => (length = call("length", [text]) as number))).toBe(0);
  expect(length).toBe(7 * 2_000);
});

it("a combining mark (U+0300) still goes to the segmenter", () => {
  let length = 0;
  expect(segmentCalls(() => (length = call("length", [bin("e\u0301é")]) as number))).toBeGreaterThan(0);
  expect(length).toBe(2);
});
