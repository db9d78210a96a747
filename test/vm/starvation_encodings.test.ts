// Base's encoders and decoders of a big binary, and :unicode.characters_to_binary/1 of big
// chardata, work in chunks as jobs (vm/bifs/base.ts, unicode_chardata_job.ts): each was one
// uninterrupted JS call that built a JS string a character at a time (10 MB held the node for
// seconds) and cost one reduction. Now one call lets a ticking process run, and pays a reduction
// per 16 bytes (per list cell for chardata).
import { describe, it, expect } from "vitest";
import { runTickerHog } from "./ticker_hog.model.ts";

describe("one call of a Base encoder or decoder on a big binary lets others run (deterministic node)", () => {
  const calls: [string, string, string][] = [
    ["Encode64", "Base.encode64(s)", `"YWJjZM" <> _ = r`],
    ["Decode64", "Base.decode64!(e64)", `"abcd" <> _ = r`],
    ["Decode64Safe", "Base.decode64(e64)", `{:ok, "abcd" <> _} = r`],
    ["Encode16", "Base.encode16(s, case: :lower)", `"61626364" <> _ = r`],
    ["Decode16", "Base.decode16!(e16)", `"abcd" <> _ = r`],
    ["Encode32", "Base.encode32(s)", `"MFRGGZG" <> _ = r`],
    ["Decode32", "Base.decode32!(e32)", `"abcd" <> _ = r`],
  ];
  for (const [name, call, check] of calls) {
    it(`${call} of 1.5 MB`, async () => {
      const hog = {
        module: "BaseSpin" + name,
        hogClauses: `
  def hog(s, e64, e16, e32) do
    r = ${call}
    ${check}
  end`,
        setup: `s = String.duplicate("abcdé", 250_000); e64 = Base.encode64(s); e16 = Base.encode16(s); e32 = Base.encode32(s)`,
        hogCall: `BaseSpin${name}.hog(s, e64, e16, e32)`,
      };
      const { ticks, reds, stdout } = await runTickerHog(hog, 43);
      // 1.5 MB or more of input: at least a reduction per 16 bytes
      expect(reds, stdout).toBeGreaterThanOrEqual(1_500_000 / 16);
      // ~23 chunks of 64 KB or more: the ticker gets slices between them
      expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
    });
  }
});

describe("one call of :unicode.characters_to_binary/1 on big chardata lets others run (deterministic node)", () => {
  const calls: [string, string, string][] = [
    ["List", ":unicode.characters_to_binary(l)", `"abcdé" <> _ = r`],
    ["Nested", `:unicode.characters_to_binary([l, "xé", [l | "yz"]])`, `"abcdé" <> _ = r`],
  ];
  for (const [name, call, check] of calls) {
    it(`${call} of 500,000 code points`, async () => {
      const hog = {
        module: "CharsSpin" + name,
        hogClauses: `
  def hog(l) do
    r = ${call}
    ${check}
  end`,
        setup: `l = String.to_charlist(String.duplicate("abcdé", 100_000))`,
        hogCall: `CharsSpin${name}.hog(l)`,
      };
      const { ticks, reds, stdout } = await runTickerHog(hog, 47);
      // a reduction per list cell
      expect(reds, stdout).toBeGreaterThanOrEqual(500_000);
      expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
    });
  }
});

// :unicode.characters_to_list/1 of a big binary of valid UTF-8 builds its list in chunks, as
// String.to_charlist/1 does (it was decoded and listed in one call)
describe("one call of :unicode.characters_to_list/1 on a big binary lets others run (deterministic node)", () => {
  it(":unicode.characters_to_list(s) of 1.2 MB", async () => {
    const hog = {
      module: "CharlistSpin",
      hogClauses: `
  def hog(s) do
    [?a, ?b, ?c, ?d, ?é | _] = :unicode.characters_to_list(s)
  end`,
      setup: `s = String.duplicate("abcdé", 200_000)`,
      hogCall: `CharlistSpin.hog(s)`,
    };
    const { ticks, reds, stdout } = await runTickerHog(hog, 53);
    expect(reds, stdout).toBeGreaterThanOrEqual(1_000_000);
    expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
  });
});
