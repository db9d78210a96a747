// The grapheme functions' ASCII fast path (vm/bifs/elixir_string.ts): on ASCII text without CR
// they index bytes and never decode the binary into a JS string (before, String.length of 1 MB of
// ASCII decoded it and split it into a million one-character strings). Answers are checked against
// Elixir by the conformance program reliability/string_ascii_graphemes.exs.
import { describe, it, expect } from "vitest";
import "../../vm/bifs/index.ts";
import { lookupBif } from "../../vm/bifs/registry.ts";
import { Bin, binFromBytes } from "../../vm/terms.ts";

const call = (name: string, args: unknown[]) => lookupBif("Elixir.String", name, args.length)!.fn(args as any, null as any);

describe("String's grapheme functions on ASCII", () => {
  it("answer without decoding the binary", () => {
    const bytes = new Uint8Array(50_000).map((_, i) => 97 + (i % 26));
    const b = binFromBytes(bytes);
    expect(call("length", [b])).toBe(50_000);
    expect((call("at", [b, -1]) as Bin).toString()).toBe(String.fromCharCode(97 + (49_999 % 26)));
    expect((call("slice", [b, 26, 3]) as Bin).toString()).toBe("abc");
    expect((call("reverse", [b]) as Bin).bytes[0]).toBe(97 + (49_999 % 26));
    call("first", [b]);
    call("last", [b]);
    call("graphemes", [b]);
    // the decoded text is cached on the binary once made: none was made
    expect((b as unknown as { text: unknown }).text).toBeUndefined();
  });

  it("CR LF stays one grapheme (the general path)", () => {
    const b = binFromBytes(new TextEncoder().encode("a\r\nb"));
    expect(call("length", [b])).toBe(3);
  });
});
