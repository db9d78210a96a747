// A BIF-heavy process cannot hold a slice past its reductions (deterministic node): BIFs charge
// reductions in proportion to their work and long list BIFs run in chunks, so while one process
// loops over :lists.seq/2, :lists.reverse/1 and length/1 on big lists, a ticking process keeps
// getting slices. Before, each of those calls cost one reduction whatever its size: 4,000 calls
// of :lists.seq(1, 1_000_000) fitted in one slice and starved every other process.
import { describe, it, expect, afterAll } from "vitest";
import { setTier } from "../../vm/jit/tier.ts";
import { runTickerHog } from "./ticker_hog.model.ts";

const listHog = (calls: number, size: number) => ({
  module: "Spin",
  hogClauses: `
  def hog(0), do: :ok
  def hog(n) do
    l = :lists.seq(1, ${size})
    r = :lists.reverse(l)
    ${size} = length(r)
    hog(n - 1)
  end`,
  hogCall: `Spin.hog(${calls})`,
});

describe("BIF reductions (deterministic node)", () => {
  for (const seed of [1, 4242]) {
    it(`a loop of big list BIFs lets a ticking process run (seed ${seed})`, async () => {
      const calls = 4;
      const size = 50_000;
      const { ticks, reds, stdout } = await runTickerHog(listHog(calls, size), seed);
      // seq + reverse build 2 cells per element, length walks one: at least size reductions a call
      expect(reds, `seed ${seed}`).toBeGreaterThanOrEqual(calls * size);
      // that work is ~ calls * 2.25 * size / 4000 = 110 slices; the ticker gets a fair share of
      // the scheduler's choices between them (it sends ~35 ticks a slice). One slice's worth of
      // ticks would mean the hog ran everything at once.
      expect(ticks, `seed ${seed}: ${stdout}`).toBeGreaterThanOrEqual(20 * 35);
    });
  }
});

// length/1 in a guard charges its work as in a body, in both tiers: the JIT's guard path once
// skipped the BIF's reduction cap, so a compiled function testing a big list in its guard ran
// thousands of them in one slice.
const guardHog = (calls: number, size: number) => ({
  module: "GuardSpin",
  hogClauses: `
  def hog(_l, 0), do: :ok
  def hog(l, n) when length(l) > 0, do: hog(l, n - 1)`,
  setup: `l = :lists.seq(1, ${size})`,
  hogCall: `GuardSpin.hog(l, ${calls})`,
});

describe("guard BIF reductions (deterministic node)", () => {
  afterAll(() => setTier("auto"));
  for (const tier of ["interp", "jit"] as const) {
    it(`length/1 in a guard charges its work (${tier})`, async () => {
      const seed = 77;
      const calls = 200;
      const size = 20_000;
      setTier(tier);
      let run;
      try {
        run = await runTickerHog(guardHog(calls, size), seed);
      } finally {
        setTier("auto");
      }
      const { ticks, reds, stdout } = run;
      // each guard walks the whole list: length/1 charges a reduction per 4 cells
      expect(reds, `${tier}: ${stdout}`).toBeGreaterThanOrEqual((calls * size) / 4);
      // ~250 slices of work: the ticker gets its share of them
      expect(ticks, `${tier}: ${stdout}`).toBeGreaterThanOrEqual(20 * 35);
    });
  }
});

// :lists.duplicate/2 and the binary-to-list BIFs build their lists in chunks too: one call of
// :lists.duplicate(200_000, x) used to fill a JS array in one go (a big enough one aborted the node
// with a heap out of memory before any check could run), with one reduction charged.
const buildHog = (calls: number, size: number) => ({
  module: "BuildSpin",
  hogClauses: `
  def hog(_b, 0), do: :ok
  def hog(b, n) do
    ${size} = length(:lists.duplicate(${size}, :x))
    ${size} = length(:erlang.binary_to_list(b))
    ${size} = length(:binary.bin_to_list(b))
    hog(b, n - 1)
  end`,
  setup: `b = :binary.copy("a", ${size})`,
  hogCall: `BuildSpin.hog(b, ${calls})`,
});

describe("list-building BIFs run in chunks (deterministic node)", () => {
  it("duplicate and binary_to_list let a ticking process run", async () => {
    const calls = 4;
    const size = 50_000;
    const { ticks, reds, stdout } = await runTickerHog(buildHog(calls, size), 9);
    expect(reds).toBeGreaterThanOrEqual(3 * calls * size);
    expect(ticks, stdout).toBeGreaterThanOrEqual(20 * 35);
  });
});

// :lists.delete/2, zip/2, sublist/2,3, nthtail/2, :maps.keys/1, :maps.values/1, :binary.matches/2
// and :binary.split/3 walked their whole input in one call at no reduction cost: one
// :lists.delete(0, l) of 3M cells ran 1.8 s with no other process getting a slice
const WALK_SIZE = 50_000;
const WALK_CALLS = 4;
const walkCases: { what: string; module: string; setup: string; body: string; seed: number; perCall: number }[] = [
  { what: ":lists.delete and :lists.zip", module: "WalkSpin", setup: `:lists.seq(1, ${WALK_SIZE})`, body: "[1 | _] = :lists.delete(0, x)\n    [{1, 1} | _] = :lists.zip(x, x)", seed: 21, perCall: 2 },
  { what: ":binary.matches with many matches", module: "MatchSpin", setup: `:binary.copy("ab", ${WALK_SIZE})`, body: '[{0, 1} | _] = :binary.matches(x, "a")', seed: 25, perCall: 1 },
  { what: ":maps.keys and :maps.values of a big map", module: "KeysSpin", setup: `Map.new(1..${WALK_SIZE}, &{&1, &1})`, body: "[_ | _] = :maps.keys(x)\n    [_ | _] = :maps.values(x)", seed: 29, perCall: 2 },
  { what: ":binary.split into many parts", module: "SplitSpin", setup: `:binary.copy("a,", ${WALK_SIZE})`, body: '["a" | _] = :binary.split(x, ",", [:global])', seed: 27, perCall: 1 },
  {
    what: ":lists.sublist and nthtail",
    module: "TakeSpin",
    setup: `:lists.seq(1, ${WALK_SIZE})`,
    body: `[1 | _] = :lists.sublist(x, ${WALK_SIZE})\n    [2 | _] = :lists.sublist(x, 2, ${WALK_SIZE})\n    [] = :lists.nthtail(${WALK_SIZE}, x)`,
    seed: 23,
    perCall: 3,
  },
];

describe("list-walking BIFs run in chunks (deterministic node)", () => {
  for (const c of walkCases) {
    it(`${c.what} let a ticking process run`, async () => {
      const hog = {
        module: c.module,
        hogClauses: `
  def hog(_x, 0), do: :ok
  def hog(x, n) do
    ${c.body}
    hog(x, n - 1)
  end`,
        setup: `x = ${c.setup}`,
        hogCall: `${c.module}.hog(x, ${WALK_CALLS})`,
      };
      const { ticks, reds, stdout } = await runTickerHog(hog, c.seed);
      expect(reds).toBeGreaterThanOrEqual(c.perCall * WALK_CALLS * WALK_SIZE);
      expect(ticks, stdout).toBeGreaterThanOrEqual(20 * 35);
    });
  }
});

// A huge shift pays for the words it makes: `1 <<< 1_000_000` (15,625 words) used to cost one
// reduction, so thousands of them fitted in one slice.
const shiftHog = (calls: number, bits: number) => ({
  module: "ShiftSpin",
  hogClauses: `
  def hog(_x, 0), do: :ok
  def hog(x, n) do
    true = Bitwise.bsl(x, ${bits}) > 0
    true = Bitwise.bsr(Bitwise.bsl(x, ${bits}), 10) > 0
    hog(x, n - 1)
  end`,
  setup: `x = 1`,
  hogCall: `ShiftSpin.hog(x, ${calls})`,
});

describe("big shifts pay reductions by their size (deterministic node)", () => {
  it("a loop of 1 <<< 1_000_000 lets a ticking process run", async () => {
    const calls = 100;
    const { ticks, reds, stdout } = await runTickerHog(shiftHog(calls, 1_000_000), 11);
    // three results of ~15,625 words a call
    expect(reds).toBeGreaterThanOrEqual(calls * 3 * 15_000);
    expect(ticks, stdout).toBeGreaterThanOrEqual(20 * 35);
  });
});

// The library's accumulators are reversed in place (:beamlet.reverse_owned/1,2: Enum.map over a
// range, filter, sort's merges): in chunks too, and the cells come out as :lists.reverse's would.
const ownedHog = (calls: number, size: number) => ({
  module: "OwnedSpin",
  hogClauses: `
  def hog(0), do: :ok
  def hog(n) do
    l = Enum.map(1..${size}, &(&1 * 2))
    ${size} = length(l)
    [2, 4 | _] = l
    ${size * 2} = List.last(l)
    r = :beamlet.reverse_owned(Enum.to_list(1..${size}), [0])
    [${size} | _] = r
    [2, 1, 0] = Enum.take(r, -3)
    [${size}, ${size - 1} | _] = :beamlet.reverse_owned(Enum.to_list(1..${size}))
    hog(n - 1)
  end`,
  hogCall: `OwnedSpin.hog(${calls})`,
});

describe("accumulators reversed in place run in chunks (deterministic node)", () => {
  it("Enum.map over a range and reverse_owned let a ticking process run", async () => {
    const calls = 4;
    const size = 50_000;
    const { ticks, reds, stdout } = await runTickerHog(ownedHog(calls, size), 5);
    expect(reds).toBeGreaterThanOrEqual(3 * calls * size);
    expect(ticks, stdout).toBeGreaterThanOrEqual(20 * 35);
  });
});

// String.pad_leading/pad_trailing pay for the padding they make (it cost nothing past its
// input's bytes, and a 1M pad was made a character at a time in one call)
const padHog = (calls: number, count: number) => ({
  module: "PadSpin",
  hogClauses: `
  def hog(0), do: :ok
  def hog(n) do
    ${count} = byte_size(String.pad_leading("a", ${count}))
    ${count} = byte_size(String.pad_trailing("a", ${count}, "xy"))
    hog(n - 1)
  end`,
  hogCall: `PadSpin.hog(${calls})`,
});

describe("String padding pays reductions by its size (deterministic node)", () => {
  it("a loop of 1M-grapheme pads lets a ticking process run", async () => {
    const calls = 20;
    const { ticks, reds, stdout } = await runTickerHog(padHog(calls, 1_000_000), 13);
    // two pads of ~1 MB a call, one reduction per 16 bytes
    expect(reds).toBeGreaterThanOrEqual(calls * 2 * 60_000);
    expect(ticks, stdout).toBeGreaterThanOrEqual(20 * 35);
  });
});

// String.reverse of a big binary runs in chunks (vm/bifs/string_chunked.ts): one call of 1 MB was
// one uninterrupted JS call charged one reduction (5 MB held the node for seconds)
const reverseHog = (calls: number) => ({
  module: "ReverseSpin",
  hogClauses: `
  def hog(_s, 0), do: :ok
  def hog(s, n) do
    r = String.reverse(s)
    "éd" <> _ = r
    hog(s, n - 1)
  end`,
  setup: `s = String.duplicate("abcdé", 200_000)`,
  hogCall: `ReverseSpin.hog(s, ${calls})`,
});

// String.replace of a big binary with binary patterns scans it in chunks too (it decoded the
// whole binary into one JS string in one call charged one reduction)
const replaceHog = (calls: number) => ({
  module: "ReplaceSpin",
  hogClauses: `
  def hog(_s, 0), do: :ok
  def hog(s, n) do
    r = String.replace(s, "dé", "D")
    "abcDabcD" <> _ = r
    hog(s, n - 1)
  end`,
  setup: `s = String.duplicate("abcdé", 200_000)`,
  hogCall: `ReplaceSpin.hog(s, ${calls})`,
});

describe("String.replace of a big binary lets others run (deterministic node)", () => {
  it("a loop of 1.2 MB replacements lets a ticking process run", async () => {
    const calls = 4;
    const { ticks, reds, stdout } = await runTickerHog(replaceHog(calls), 19);
    // one reduction per 16 bytes scanned
    expect(reds).toBeGreaterThanOrEqual(calls * 70_000);
    expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
  });
});

describe("String.reverse of a big binary lets others run (deterministic node)", () => {
  it("a loop of 1.2 MB reversals lets a ticking process run", async () => {
    const calls = 4;
    const { ticks, reds, stdout } = await runTickerHog(reverseHog(calls), 17);
    // one reduction per 16 bytes reversed
    expect(reds).toBeGreaterThanOrEqual(calls * 70_000);
    expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
  });
});

// One call of a list BIF on a big list runs as a job (vm/bifs/bif_jobs.ts): in chunks, each a
// point where the scheduler may switch, so a ticking process keeps running *during* the call. Each
// of these was one uninterrupted JS call charged one reduction (a sort of 3M elements held the
// node for seconds). The hog checks each result, so a chunked walk that lost its place fails here.
const jobHog = (name: string, call: string, check: string) => ({
  module: "JobSpin" + name,
  hogClauses: `
  def hog(l, kl, bl) do
    r = ${call}
    ${check}
  end`,
  setup: `l = Enum.to_list(200_000..1//-1); kl = Enum.map(l, &{&1}); bl = Enum.map(l, &rem(&1, 256))`,
  hogCall: `JobSpin${name}.hog(l, kl, bl)`,
});

const jobCalls: [string, string, string][] = [
  ["Sort", ":lists.sort(l)", "[1, 2 | _] = r; 200_000 = :lists.last(r)"],
  ["Usort", ":lists.usort(l ++ l)", "[1, 2 | _] = r; 200_000 = length(r)"],
  ["Flatten", ":lists.flatten([l, [[l]]])", "[200_000 | _] = r; 400_000 = length(r)"],
  ["Last", ":lists.last(l)", "1 = r"],
  ["Nth", ":lists.nth(199_999, l)", "2 = r"],
  ["Max", ":lists.max(l)", "200_000 = r"],
  ["Min", ":lists.min(l)", "1 = r"],
  ["Sum", ":lists.sum(l)", "20_000_100_000 = r"],
  ["Member", ":lists.member(0, l)", "false = r"],
  ["Keyfind", ":lists.keyfind(1, 1, kl)", "{1} = r"],
  ["Keysort", ":lists.keysort(1, kl)", "[{1}, {2}, {3} | _] = r"],
  ["ListKeysort", "List.keysort(kl, 0)", "[{1}, {2}, {3} | _] = r"],
  ["Append", "l ++ [0]", "[200_000 | _] = r; 0 = :lists.last(r)"],
  ["ListToTuple", "List.to_tuple(l)", "200_000 = tuple_size(r); 1 = elem(r, 199_999)"],
  ["ListToBinary", ":erlang.list_to_binary(bl)", "200_000 = byte_size(r)"],
  ["IolistToBinary", ":erlang.iolist_to_binary([bl, [bl]])", "400_000 = byte_size(r)"],
];

describe("one call of a long list BIF lets others run (deterministic node)", () => {
  for (const [name, call, check] of jobCalls) {
    it(`${call} on 200,000 elements`, async () => {
      const { ticks, stdout } = await runTickerHog(jobHog(name, call, check), 21);
      // at least 200 chunks of ~1,000 cells: the ticker gets slices between them
      expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
    });
  }
});

// Tuple.to_list/:erlang.tuple_to_list of a big tuple builds its list in chunks (work.ts
// elementsOnto): it was one uninterrupted JS call charged one reduction (5M elements held the node
// for seconds). Building the tuple is a job itself, so the tuple is made before the ticker starts.
describe("one call of tuple_to_list on a big tuple lets others run (deterministic node)", () => {
  for (const [name, call] of [["TupleToList", "Tuple.to_list(t)"], ["ErlangTupleToList", ":erlang.tuple_to_list(t)"]]) {
    it(`${call} of 200,000 elements`, async () => {
      const hog = {
        module: "TupleSpin" + name,
        hogClauses: `
  def hog(t) do
    r = ${call}
    # (no length/last here: those are jobs that would yield themselves)
    [200_000, 199_999 | _] = r
  end`,
        setup: `t = List.to_tuple(Enum.to_list(200_000..1//-1))`,
        hogCall: `TupleSpin${name}.hog(t)`,
      };
      const { ticks, stdout } = await runTickerHog(hog, 23);
      // 200 chunks of 1,000 cells: the ticker gets slices between them
      expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
    });
  }
});

// length/1 (in a body and in a guard), :erlang.phash2/1,2, :erlang.term_to_binary/1,2 and
// :erlang.external_size/1 on a huge term run as jobs too: each was one uninterrupted JS call (a
// 10M-element list held the node for the whole walk). The expected values are real Elixir's for :lists.seq(1, 1_000_000).
const bigJobHog = (name: string, call: string, check: string) => ({
  module: "BigJobSpin" + name,
  hogClauses: `
  def hog(l) do
    r = ${call}
    ${check}
  end
  def guarded(l) when length(l) > 999_999, do: :long
  def guarded(_), do: :short`,
  setup: `l = :lists.seq(1, 1_000_000)`,
  hogCall: `BigJobSpin${name}.hog(l)`,
});

const bigJobCalls: [string, string, string][] = [
  ["Length", "length(l)", "1_000_000 = r"],
  ["GuardLength", "guarded(l)", ":long = r"],
  ["Phash2", ":erlang.phash2(l)", "54_897_218 = r"],
  ["Phash2Nested", ":erlang.phash2({l, %{a: [l], b: {l}}})", "130_156_686 = r"],
  ["Phash2Of2", ":erlang.phash2(l, 1_000_003)", "895_539 = r"],
  ["TermToBinary", ":erlang.term_to_binary(l)", "4_999_242 = byte_size(r); 119_306_160 = :erlang.phash2(r)"],
  ["TermToBinaryOpts", ":erlang.term_to_binary(l, [:deterministic, minor_version: 2])", "4_999_242 = byte_size(r); 119_306_160 = :erlang.phash2(r)"],
  ["ExternalSize", ":erlang.external_size(l)", "4_999_242 = r"],
];

// :erlang.binary_to_term of such a list's encoding (plain and compressed) too: it was one call
const decodeJobCalls: [string, string, string][] = [
  ["BinaryToTerm", "l = :erlang.term_to_binary(:lists.seq(1, 1_000_000))", ":erlang.binary_to_term(l)"],
  ["BinaryToTermUsed", "l = :erlang.term_to_binary(:lists.seq(1, 1_000_000))", "elem(:erlang.binary_to_term(l, [:used]), 0)"],
  ["BinaryToTermCompressed", "l = :erlang.term_to_binary(:lists.seq(1, 1_000_000), [:compressed])", ":erlang.binary_to_term(l)"],
];

describe("one call of length, phash2, term_to_binary or binary_to_term on a huge list lets others run (deterministic node)", () => {
  const cases = [
    ...bigJobCalls.map(([name, call, check]) => ({ title: `${call} on 1,000,000 elements`, hog: bigJobHog(name, call, check) })),
    ...decodeJobCalls.map(([name, setup, call]) => ({
      title: `${call} of 1,000,000 elements`,
      hog: { ...bigJobHog(name, call, "1_000_000 = length(r); 54_897_218 = :erlang.phash2(r)"), setup },
    })),
  ];
  for (const { title, hog } of cases) {
    it(title, async () => {
      const { ticks, stdout } = await runTickerHog(hog, 31);
      // tens of chunks' worth of reductions: the ticker gets slices between them
      expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
    });
  }
});

describe("length/1 in a guard of compiled code runs as a job too (deterministic node)", () => {
  afterAll(() => setTier("auto"));
  it("guarded(l) on 1,000,000 elements (jit)", async () => {
    setTier("jit");
    let run;
    try {
      run = await runTickerHog(bigJobHog("GuardLengthJit", "guarded(l)", ":long = r; :short = guarded([1 | 2])"), 32);
    } finally {
      setTier("auto");
    }
    expect(run.ticks, run.stdout).toBeGreaterThanOrEqual(10 * 35);
  });
});

// :binary.matches/split/replace, :re's runs and inspect pay for the bytes they scan or write (work.ts
// chargedByBytes): each was charged nothing, so a loop of them over a big subject ran thousands of
// calls in one slice
const scanHog = (name: string, call: string, check: string) => ({
  module: "ScanSpin" + name,
  hogClauses: `
  def hog(_s, _l, 0), do: :ok
  def hog(s, l, n) do
    r = ${call}
    ${check}
    hog(s, l, n - 1)
  end`,
  setup: `s = String.duplicate("abc dé ", 20_000); l = Enum.to_list(1..20_000)`,
  hogCall: `ScanSpin${name}.hog(s, l, 30)`,
});

const scanCalls: [string, string, string][] = [
  ["Matches", `:binary.matches(s, "d")`, "[{4, 1} | _] = r"],
  ["Split", `:binary.split(s, " ", [:global])`, `["abc", "dé" | _] = r`],
  ["Replace", `:binary.replace(s, "d", "D", [:global])`, `"abc Dé" <> _ = r`],
  ["Scan", "Regex.scan(~r/d/, s)", `[["d"] | _] = r`],
  ["ReSplit", `:re.split(s, " ")`, `["abc", "dé" | _] = r`],
  ["Inspect", "inspect(l, limit: :infinity)", `"[1, 2, 3" <> _ = r`],
];

describe("scanning BIFs pay for their subject (deterministic node)", () => {
  for (const [name, call, check] of scanCalls) {
    it(`a loop of ${call} lets a ticking process run`, async () => {
      const { ticks, reds, stdout } = await runTickerHog(scanHog(name, call, check), 23);
      // 30 calls over ~140 KB: one reduction per 16 bytes is ~8,700 a call
      expect(reds, stdout).toBeGreaterThanOrEqual(30 * 5_000);
      expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
    });
  }
});

// String.graphemes/codepoints/to_charlist/split/1 of a big binary build their lists in chunks
// (vm/bifs/string_chunked_lists.ts): one call was one uninterrupted JS call (12 MB of graphemes held
// the node for seconds and ran V8 out of heap). (No length/1 check here: a job that would yield
// itself; the lists' contents are checked by conformance reliability/string_lists_big.)
describe("one call of a String list builder on a big binary lets others run (deterministic node)", () => {
  const calls: [string, string, string][] = [
    ["Graphemes", "String.graphemes(s)", `[\"a\", \"é\", \" \" | _] = r`],
    ["Codepoints", "String.codepoints(s)", `[\"a\", \"é\", \" \" | _] = r`],
    ["ToCharlist", "String.to_charlist(s)", "[?a, ?é, ?\\s | _] = r"],
    ["Split", "String.split(s)", `[\"aé\", \"aé\" | _] = r`],
  ];
  for (const [name, call, check] of calls) {
    it(`${call} of 400 KB`, async () => {
      const hog = {
        module: "StringListSpin" + name,
        hogClauses: `
  def hog(s) do
    r = ${call}
    ${check}
  end`,
        setup: `s = String.duplicate("aé ", 100_000)`,
        hogCall: `StringListSpin${name}.hog(s)`,
      };
      const { ticks, stdout } = await runTickerHog(hog, 29);
      // 100 chunks of ~4 KB: the ticker gets slices between them
      expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
    });
  }
});

// String.at/slice/last/length/valid?/printable? of a big binary walk it in chunks as jobs
// (vm/bifs/string_chunked_index.ts): each was one uninterrupted JS call that decoded and segmented
// the whole binary
describe("one call of a String walk on a big binary lets others run (deterministic node)", () => {
  const calls: [string, string, string][] = [
    ["At", "String.at(s, 1_400_004)", `\"é\" = r`],
    ["AtNegative", "String.at(s, -2)", `\"d\" = r`],
    ["Slice", "String.slice(s, 1_400_003, 2)", `\"dé\" = r`],
    ["SliceRange", "String.slice(s, -3..-2)", `\"cd\" = r`],
    ["Last", "String.last(s)", `\"é\" = r`],
    ["Length", "String.length(s)", "1_500_000 = r"],
    ["Valid", "String.valid?(s)", "true = r"],
    ["Printable", "String.printable?(s)", "true = r"],
  ];
  for (const [name, call, check] of calls) {
    it(`${call} of 1.5 MB`, async () => {
      const hog = {
        module: "StringWalkSpin" + name,
        hogClauses: `
  def hog(s) do
    r = ${call}
    ${check}
  end`,
        setup: `s = String.duplicate("abcdé", 300_000)`,
        hogCall: `StringWalkSpin${name}.hog(s)`,
      };
      const { ticks, stdout } = await runTickerHog(hog, 37);
      // ~24 chunks of 64 KB: the ticker gets slices between them
      expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
    });
  }
});

// String.normalize/2 and equivalent?/2 of a big binary normalize it in chunks as jobs
// (vm/bifs/string_chunked_normalize.ts): each was one uninterrupted JS call over the whole binary
// (10 MB held the node ~800 ms)
describe("one call of String.normalize or equivalent? on a big binary lets others run (deterministic node)", () => {
  const calls: [string, string, string][] = [
    ["Nfd", "String.normalize(s, :nfd)", `\"abcde\\u0301\" <> _ = r`],
    ["Nfc", "String.normalize(s, :nfc)", `\"abcdé\" <> _ = r`],
    ["Nfkc", "String.normalize(s, :nfkc)", `\"abcdé\" <> _ = r`],
    ["Equivalent", "String.equivalent?(s, s)", "true = r"],
  ];
  for (const [name, call, check] of calls) {
    it(`${call} of 1.5 MB`, async () => {
      const hog = {
        module: "StringNormalizeSpin" + name,
        hogClauses: `
  def hog(s) do
    r = ${call}
    ${check}
  end`,
        setup: `s = String.duplicate("abcdé", 250_000)`,
        hogCall: `StringNormalizeSpin${name}.hog(s)`,
      };
      const { ticks, stdout } = await runTickerHog(hog, 41);
      // ~24 chunks of 64 KB: the ticker gets slices between them
      expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
    });
  }
});

// One :re run over a big subject is a job (vm/bifs/re_run.ts): the subject is decoded and searched
// in chunks, and the matches made into terms in chunks, so a ticking process keeps running *during*
// the call. Each was one uninterrupted JS call: Regex.scan(~r/(\w)(\w)?/, s) of 4 MB held the node
// for 48 s. The hog checks the results, so a chunked search that lost its place fails here.
describe("one call of a regex run on a big binary lets others run (deterministic node)", () => {
  const calls: [string, string, string][] = [
    ["ScanWords", "Regex.scan(~r/\\w+/, s)", `[["abc"], [<<?d, 0xC3>>] | _] = r`],
    ["ScanGroups", "Regex.scan(~r/(\\w)(\\w)?/u, s)", `[["ab", "a", "b"], ["c", "c"] | _] = r`],
    ["ScanIndex", "Regex.scan(~r/é/u, s, return: :index)", `[[{5, 2}], [{13, 2}] | _] = r`],
    ["RunNone", "Regex.run(~r/\\d/, s)", "nil = r"],
    ["RunLast", "Regex.run(~r/x+$/u, s <> \"xx\")", `["xx"] = r`],
    ["ReSplit", ":re.split(s, \" \")", `["abc", "dé", "abc" | _] = r`],
    ["ReReplace", ":re.replace(s, \"d\", \"D\", [:global, :unicode])", `[\"abc \", \"D\" | _] = r`],
    ["RegexSplit", "Regex.split(~r/ /, s, parts: 2)", `["abc", "dé abc" <> _] = r`],
  ];
  for (const [name, call, check] of calls) {
    it(`${call} of 1.4 MB`, async () => {
      const hog = {
        module: "RegexJobSpin" + name,
        hogClauses: `
  def hog(s) do
    r = ${call}
    ${check}
  end`,
        setup: `s = String.duplicate("abc dé ", 200_000)`,
        hogCall: `RegexJobSpin${name}.hog(s)`,
      };
      const { ticks, reds, stdout } = await runTickerHog(hog, 43);
      // a unit a 16 bytes searched or decoded: ~90,000 reductions, more than 20 slices
      expect(reds, stdout).toBeGreaterThanOrEqual(80_000);
      expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
    });
  }
});

// :maps.from_list/1 (and Map.new/1 of a list) of many pairs and the :binary searches over a big
// subject run as jobs: pairs read and put a chunk at a time, bytes searched a window at a time
// (vm/bifs/binary_search.ts). Each was one uninterrupted JS call: :maps.from_list of 500K pairs
// ran 2 s, and a split of 4 MB with no separator scanned it all in one go.
describe("one call of :maps.from_list or a :binary search on a big input lets others run (deterministic node)", () => {
  const calls: [string, string, string][] = [
    ["MapsFromList", ":maps.from_list(pl)", "200_000 = map_size(r); 7 = Map.fetch!(r, 7)"],
    ["MapNew", "Map.new(pl)", "200_000 = map_size(r); 7 = Map.fetch!(r, 7)"],
    ["SplitNone", `:binary.split(s, "|")`, "[^s] = r"],
    ["SplitNonePatterns", `:binary.split(s, ["|", "#"], [:global])`, "[^s] = r"],
    ["SplitLast", `:binary.split(s <> "|x", "|")`, `[^s, "x"] = r`],
    ["MatchNone", `:binary.match(s, "|")`, ":nomatch = r"],
    ["MatchesNone", `:binary.matches(s, ["|", "#"])`, "[] = r"],
    ["ReplaceNone", `:binary.replace(s, "|", "-", [:global])`, "^s = r"],
    ["Replace", `:binary.replace(s, "d", "D", [:global])`, `"abc Dé abc Dé" <> _ = r`],
  ];
  for (const [name, call, check] of calls) {
    it(call, async () => {
      const hog = {
        module: "SearchJobSpin" + name,
        hogClauses: `
  def hog(s, pl) do
    r = ${call}
    ${check}
  end`,
        setup: `s = :binary.copy("abc dé ", 300_000); pl = Enum.map(1..200_000, &{&1, &1})`,
        hogCall: `SearchJobSpin${name}.hog(s, pl)`,
      };
      const { ticks, reds, stdout } = await runTickerHog(hog, 47);
      // 200,000 pairs, or 2.4 MB at a unit a 16 bytes: tens of slices' worth
      expect(reds, stdout).toBeGreaterThanOrEqual(100_000);
      expect(ticks, stdout).toBeGreaterThanOrEqual(10 * 35);
    });
  }
});
