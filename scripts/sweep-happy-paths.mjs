#!/usr/bin/env node
// Generates programs that call the everyday library on edge-case inputs (empty inputs, negative
// indexes, ranges with steps, unicode graphemes, huge integers, float rounding and formatting,
// :queue/:gb_trees shapes, dates), runs each under real `elixir` and under beamlet, and prints the
// lines whose output differs. Each call is printed as `label: inspect(result)` (or the exception's
// module and message), so one failure does not hide the rest. Seeded: the seed is printed, and
// `--seed N` replays a run.
//
//   node scripts/sweep-happy-paths.mjs                  # 4 programs of 150 calls, a random seed
//   node scripts/sweep-happy-paths.mjs --seed 7 -n 10   # 10 programs from seed 7
//   options: --calls N (calls per program), --keep DIR (write the programs there)
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const args = process.argv.slice(2);
let seed = Math.floor(Math.random() * 2 ** 31);
let programs = 4;
let perProgram = 150;
let keep = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--seed") seed = Number(args[++i]);
  else if (args[i] === "-n") programs = Number(args[++i]);
  else if (args[i] === "--calls") perProgram = Number(args[++i]);
  else if (args[i] === "--keep") keep = args[++i];
}

// mulberry32: the same seed gives the same programs
let state = seed >>> 0;
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const listOf = (n, f) => Array.from({ length: n }, f);

const strings = ['""', '"a"', '"hello world"', '"héllo"', '"e\\u0301te\\u0301"', '"🇺🇸🇫🇷"', '"👨‍👩‍👧 fam"',
  '"straße"', '"İstanbul"', '"ﬁne"', '"ǅemal"', '"  padded\\t\\n"', '"a,b,,c,"', '"ΣΑΣ σας"', '"日本語テキスト"', '"\\u00A0nbsp\\u2003"'];
const smallInt = () => int(-6, 6);
const idx = () => pick([0, 1, 2, -1, -2, 5, -7, 100]);
const hugeInt = () => pick(["0", "1", "-1", "255", "-256", "123456789012345678901234567890", "-98765432109876543210",
  "0x7fffffffffffffff", "0x8000000000000000", "-0x8000000000000001", "1_000_000", "3", "-7", "2 ** 64", "-(2 ** 70)"]);
const float = () => pick(["0.0", "-0.0", "1.5", "2.5", "-2.5", "0.1", "0.125", "1.0e20", "1.0e-10", "123.456", "-0.005",
  "1.0e16", "9.999999999999999e22", "5.0e-324", "1.7976931348623157e308", "0.30000000000000004", "1234.5678", "2.675", "1.005"]);
const intList = () => `[${listOf(int(0, 6), () => int(-3, 9)).join(", ")}]`;
const range = () => {
  const a = int(-4, 8), b = int(-4, 8), s = pick([1, 1, 2, 3, -1, -2]);
  return s === 1 && rand() < 0.5 ? `${a}..${b}` : `${a}..${b}//${s}`;
};
const keys = () => `[${listOf(int(0, 8), () => pick([":a", ":b", ":c", "1", "2", "1.0", '"s"', "{1}", "[]"])).join(", ")}]`;
const date = () => `~D[${pick(["2020-02-29", "2021-01-31", "2000-12-31", "1999-03-01", "0001-01-01", "2024-07-15"])}]`;
const time = () => `~T[${pick(["00:00:00", "23:59:59", "12:30:00.123", "01:02:03.000456", "23:59:59.999999"])}]`;
const ndt = () => `~N[${pick(["2020-02-29 23:59:59", "2000-01-01 00:00:00.5", "2021-12-31 12:00:00.000001", "1970-01-01 00:00:00"])}]`;
const unit = () => pick([":second", ":millisecond", ":microsecond", ":nanosecond", "1000", ":minute", ":hour", ":day"]);

// each template: () => an expression
const T = [
  () => `String.slice(${pick(strings)}, ${range()})`,
  () => `String.slice(${pick(strings)}, ${idx()}, ${int(0, 5)})`,
  () => `String.at(${pick(strings)}, ${idx()})`,
  () => `{String.length(${pick(strings)}), String.graphemes(${pick(strings)}), String.codepoints(${pick(strings)})}`,
  () => `{String.upcase(${pick(strings)}), String.downcase(${pick(strings)}), String.capitalize(${pick(strings)})}`,
  () => `String.upcase(${pick(strings)}, ${pick([":default", ":ascii", ":greek", ":turkic"])})`,
  () => `String.reverse(${pick(strings)})`,
  () => `String.split(${pick(strings)}, ${pick(['""', '","', '" "', '["a", "l"]'])}, ${pick(["[]", "parts: 2", "trim: true", "parts: 3, trim: true"])})`,
  () => `String.pad_leading(${pick(strings)}, ${int(0, 12)}, ${pick(['" "', '"ab"', '"é"'])})`,
  () => `{String.trim(${pick(strings)}), String.trim_leading(${pick(strings)}, "a"), String.trim_trailing(${pick(strings)})}`,
  () => `String.split_at(${pick(strings)}, ${idx()})`,
  () => `{String.normalize(${pick(strings)}, ${pick([":nfc", ":nfd", ":nfkc", ":nfkd"])}), String.equivalent?(${pick(strings)}, ${pick(strings)})}`,
  () => `String.jaro_distance(${pick(strings)}, ${pick(strings)})`,
  () => `String.myers_difference(${pick(strings)}, ${pick(strings)})`,
  () => `Enum.slice(${intList()}, ${range()})`,
  () => `Enum.slice(${pick([intList(), range()])}, ${idx()}, ${int(0, 4)})`,
  () => `{Enum.take(${intList()}, ${smallInt()}), Enum.drop(${intList()}, ${smallInt()})}`,
  () => `Enum.split(${intList()}, ${smallInt()})`,
  () => `Enum.at(${pick([intList(), range()])}, ${idx()}, :none)`,
  () => `Enum.chunk_every(${intList()}, ${int(1, 3)}, ${int(1, 3)}, ${pick([":discard", "[]", "[:pad]"])})`,
  () => `{Enum.to_list(${range()}), Range.size(${range()}), Enum.count(${range()}), Enum.sum(${range()})}`,
  () => `{Enum.reverse(${range()}), Enum.member?(${range()}, ${smallInt()}), Enum.take(${range()}, ${smallInt()})}`,
  () => `{Enum.min_max(${intList()}, fn -> :empty end), Enum.frequencies(${keys()}), Enum.dedup(${intList()})}`,
  () => `Enum.sort(${keys()})`,
  () => `{Enum.uniq(${keys()}), Enum.group_by(${intList()}, &rem(&1, 2))}`,
  () => `{Enum.zip(${intList()}, ${intList()}), Enum.with_index(${intList()}, ${smallInt()})}`,
  () => `Enum.scan(${intList()}, &(&1 - &2))`,
  () => `Stream.chunk_while(${intList()}, [], fn x, acc -> if rem(x, 3) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list()`,
  () => `Stream.iterate(${smallInt()}, &(&1 * -2)) |> Stream.take_every(${int(1, 3)}) |> Enum.take(${int(0, 5)})`,
  () => `${range()} |> Stream.transform(0, fn x, acc -> if acc > 3, do: {:halt, acc}, else: {[x, acc], acc + 1} end) |> Enum.to_list()`,
  () => `{Integer.to_string(${hugeInt()}, ${pick([2, 8, 16, 36])}), Integer.digits(${hugeInt()}, ${pick([2, 10, 16])})}`,
  () => `{Integer.floor_div(${hugeInt()}, ${pick(["3", "-3", "7"])}), Integer.mod(${hugeInt()}, ${pick(["3", "-3", "7"])}), rem(${hugeInt()}, ${pick(["3", "-3"])}), div(${hugeInt()}, ${pick(["3", "-3"])})}`,
  () => `{Integer.pow(${smallInt()}, ${int(0, 70)}), Integer.gcd(${hugeInt()}, ${hugeInt()}), Integer.extended_gcd(${smallInt()}, ${smallInt()})}`,
  () => `{Integer.parse(${pick(['"12abc"', '"-0x1F"', '"  5"', '"+7"', '"1_000"', '""', '"zz"'])}, ${pick([10, 16, 36])}), Integer.undigits(${intList()}, ${pick([2, 10, 16])})}`,
  () => `{Bitwise.band(${hugeInt()}, ${hugeInt()}), Bitwise.bxor(${hugeInt()}, ${hugeInt()}), Bitwise.bsl(${hugeInt()}, ${int(-70, 70)}), Bitwise.bnot(${hugeInt()})}`,
  () => `{Float.round(${float()}, ${int(0, 15)}), Float.ceil(${float()}, ${int(0, 15)}), Float.floor(${float()}, ${int(0, 15)})}`,
  () => `{Float.to_string(${float()}), inspect(${float()}), to_string(${float()} * ${float()})}`,
  () => `{round(${float()}), trunc(${float()}), ceil(${float()}), floor(${float()})}`,
  () => `{:erlang.float_to_binary(${float()}, ${pick(["[:short]", "decimals: 2", "decimals: 0", "[:compact, decimals: 5]", "scientific: 3"])}), Float.ratio(${float()})}`,
  () => `{Float.parse(${pick(['"1.5e3x"', '"-.5"', '"1e400"', '"0.1e-2"', '"12"', '"1.0e-400"'])}), ${float()} / ${pick(["3", "7.0", "-3.0"])}}`,
  () => `{:math.pow(${float()}, ${pick(["0.5", "2", "-1", "3.0"])}), :math.sqrt(${pick(["2", "1.0e-300", "0.0"])}), :math.log10(${pick(["1000", "0.001", "2"])})}`,
  () => `{Tuple.insert_at({1, 2, 3}, ${int(0, 3)}, :x), Tuple.delete_at({1, 2, 3}, ${int(0, 2)}), Tuple.duplicate(:a, ${int(0, 3)})}`,
  () => `{List.insert_at(${intList()}, ${idx()}, :x), List.delete_at(${intList()}, ${idx()}), List.pop_at(${intList()}, ${idx()}, :none)}`,
  () => `{List.update_at(${intList()}, ${idx()}, &(&1 * 10)), List.replace_at(${intList()}, ${idx()}, :r)}`,
  () => `{List.flatten([1, [2, [3, []], 4], [[]]], ${pick(["[]", "[:t]"])}), List.foldr(${intList()}, [], &[&1 | &2]), List.myers_difference(${intList()}, ${intList()})}`,
  () => `{Keyword.merge([a: 1, b: 2, a: 3], [a: 4, c: 5]), Keyword.update([a: 1, a: 2], :a, 0, &(&1 + 1)), Keyword.delete([a: 1, b: 2, a: 3], :a)}`,
  () => `{Keyword.split([a: 1, b: 2, c: 3, a: 4], [:a, :c]), Keyword.take([a: 1, b: 2, a: 3], [:a]), Keyword.pop([b: 1, a: 2, a: 3], :a)}`,
  () => `{get_in(%{a: [1, %{b: 2}]}, [:a, Access.at(${idx()})]), get_in([{1, 2}, {3, 4}], [Access.all(), Access.elem(${int(0, 1)})])}`,
  () => `update_in(%{a: [1, 2, 3]}, [:a, Access.filter(&(&1 > ${smallInt()}))], &(&1 * 2))`,
  () => `{get_in(${intList()}, [Access.slice(${range()})]), pop_in(%{a: %{b: 1, c: 2}}, [:a, :b])}`,
  () => `MapSet.new(${keys()}) |> MapSet.union(MapSet.new(${keys()})) |> MapSet.to_list()`,
  () => `{MapSet.new(${intList()}), MapSet.difference(MapSet.new(${intList()}), MapSet.new(${intList()}))}`,
  () => `:queue.from_list(${intList()}) |> :queue.in(:x) |> :queue.in_r(:y)`,
  () => `q = :queue.from_list(${intList()}); {:queue.out(q), :queue.out_r(q), :queue.len(q), :queue.peek_r(q)}`,
  () => `q = :queue.from_list(${intList()}); {:queue.split(${int(0, 3)}, :queue.join(q, q)) |> elem(1) |> :queue.to_list(), :queue.filter(&(&1 > 2), q), :queue.reverse(q)}`,
  () => `Enum.reduce(${intList()}, :queue.new(), fn x, q -> if rem(x, 2) == 0, do: :queue.in(x, q), else: elem(:queue.out(q), 1) end)`,
  () => `Enum.reduce(${keys()}, :gb_trees.empty(), fn k, t -> :gb_trees.enter(k, k, t) end)`,
  () => `t = Enum.reduce(${intList()}, :gb_trees.empty(), fn k, t -> :gb_trees.enter(k, -k, t) end); {:gb_trees.to_list(t), :gb_trees.size(t), :gb_trees.keys(t), :gb_trees.balance(t)}`,
  () => `t = :gb_trees.from_orddict(Enum.map(Enum.uniq(Enum.sort(${intList()})), &{&1, &1})); {t, :gb_trees.iterator_from(${smallInt()}, t) |> :gb_trees.next()}`,
  () => `s = :gb_sets.from_list(${keys()}); {s, :gb_sets.to_list(s), :gb_sets.is_member(:a, s)}`,
  () => `:sets.from_list(${keys()})`,
  () => `{:sets.to_list(:sets.from_list(${intList()})), :sets.from_list(${keys()}, version: 2)}`,
  () => `:array.from_list(${intList()}) |> :array.set(${int(0, 12)}, :x) |> :array.to_orddict()`,
  () => `{:array.new(${int(0, 12)}), :array.sparse_to_list(:array.set(${int(0, 20)}, 1, :array.new()))}`,
  () => `{:lists.sublist(${intList()}, ${int(1, 4)}, ${int(0, 4)}), :lists.nthtail(${int(0, 2)}, [1, 2, 3]), :lists.seq(${smallInt()}, ${int(0, 9)}, ${pick([1, 2, 3])})}`,
  () => `{:lists.split(${int(0, 3)}, [1, 2, 3]), :lists.keysort(1, [{2, :a}, {1, :b}, {2, :c}, {1.0, :d}]), :lists.usort([1, 1.0, 2, 2.0])}`,
  () => `{:lists.sort(${keys()}), :lists.merge(${intList()}, ${intList()}), :lists.ukeymerge(1, [{1, :a}], [{1, :b}, {2, :c}])}`,
  () => `{:proplists.get_value(:a, [:a, {:a, 1}]), :orddict.from_list([{2, :b}, {1, :a}, {2, :c}]), :ordsets.from_list(${keys()})}`,
  () => `{:binary.split(${pick(strings)}, ${pick(['"l"', '[" ", ","]', '"é"'])}, ${pick(["[]", "[:global]", "[:global, :trim]", "[:trim_all, :global]"])})}`,
  () => `{:binary.matches(${pick(strings)}, ${pick(['"l"', '["a", "ab"]', '"é"'])}), :binary.part(${pick(strings)}, ${int(0, 2)}, ${int(-2, 3)})}`,
  () => `{:binary.encode_unsigned(${pick(["0", "256", "65535", "123456789012345678901234567890"])}, ${pick([":big", ":little"])}), :binary.decode_unsigned(<<1, 2, 3>>, :little)}`,
  () => `{:unicode.characters_to_binary(${pick(['"é"', "[233, 0x1F600]", '["a", [98]]'])}, :unicode, ${pick([":latin1", ":utf16", "{:utf32, :little}"])})}`,
  () => `{:unicode.characters_to_list(${pick(['"日本"', '<<0, 97>>'])}, ${pick([":unicode", ":latin1", ":utf16"])}), :unicode.characters_to_nfd_binary(${pick(strings)})}`,
  () => `{Base.encode64(${pick(strings)}, padding: ${pick(["true", "false"])}), Base.url_encode64(<<251, 255>>), Base.encode32(${pick(strings)}, ${pick(["[]", "case: :lower", "padding: false"])})}`,
  () => `{Base.decode16(${pick(['"ff"', '"FF"', '"fF"', '"f"'])}, case: ${pick([":upper", ":lower", ":mixed"])}), Base.decode64(${pick(['"YWJj"', '"YWI"', '"YWI="', '"Y W"'])}, ${pick(["[]", "padding: false", "ignore: :whitespace"])})}`,
  () => `{Base.hex_encode32(${pick(strings)}), Base.decode32(${pick(['"MFRGG==="', '"mfrgg==="', '"MFRGG"'])}, ${pick(["[]", "case: :mixed", "padding: false"])})}`,
  () => `t = ${pick(["{:a, 1, [2.5]}", "%{b: <<1, 2>>, a: self()}", '"héllo"', "[1 | 2]", "-12345678901234567890", "1.5", "{}", "[]"])}; {byte_size(:erlang.term_to_binary(t)), :erlang.binary_to_term(:erlang.term_to_binary(t, ${pick(["[]", "[:compressed]", "minor_version: 1", "[:deterministic]"])})) == t}`,
  () => `:erlang.term_to_binary(${pick(["{:a, 1, [2.5]}", '"héllo"', "[1 | 2]", "-12345678901234567890", "1.5", "%{a: 1, b: 2}", "<<1::3>>", "[a: 1]"])}${pick(["", ", minor_version: 0", ", [:deterministic]"])})`,
  () => `{:erlang.phash2(${pick(keys().slice(1, -1).split(", ").filter(Boolean).concat(["{:a, 1}"]))}), :erlang.crc32(${pick(strings)}), :erlang.adler32(${pick(strings)})}`,
  () => `Base.encode16(:crypto.hash(${pick([":md5", ":sha", ":sha256", ":sha512", ":sha224", ":sha384"])}, ${pick(strings)}), case: :lower)`,
  () => `Base.encode16(:crypto.mac(:hmac, ${pick([":sha", ":sha256"])}, "key", ${pick(strings)}))`,
  () => `:rand.seed(${pick([":exsss", ":exsplus", ":exro928ss", ":exrop"])}, {${int(0, 9)}, ${int(0, 9)}, ${int(0, 9)}}); {:rand.uniform(${pick([10, 1000, "2 ** 70"])}), :rand.uniform(), :rand.uniform(${int(1, 5)})}`,
  () => `s = :rand.seed_s(:exsss, ${int(1, 1000)}); {x, s} = :rand.uniform_s(100, s); {y, _} = :rand.normal_s(s); {x, y}`,
  () => `:rand.seed(:exsss, ${int(1, 1000)}); {Enum.shuffle(1..${int(0, 8)}), Enum.random(1..100), Enum.take_random(1..20, ${int(0, 4)})}`,
  () => `{Date.add(${date()}, ${pick([-366, -1, 0, 1, 29, 365, 3650])}), Date.diff(${date()}, ${date()}), Date.day_of_week(${date()}, ${pick([":default", ":sunday", ":wednesday"])})}`,
  () => `{Date.beginning_of_month(${date()}), Date.end_of_month(${date()}), Date.end_of_week(${date()}), Date.quarter_of_year(${date()}), Date.day_of_year(${date()})}`,
  () => `Date.range(${date()}, Date.add(${date()}, ${int(-20, 20)}), ${pick([1, 3, -1, -7])}) |> Enum.take(4)`,
  () => `{Date.to_iso8601(${date()}, ${pick([":extended", ":basic"])}), Date.to_erl(${date()}), Date.leap_year?(${date()}), Date.to_gregorian_days(${date()})}`,
  () => `{Time.add(${time()}, ${pick([-1, 1, 86400, 3601, -90061])}, ${unit()}), Time.truncate(${time()}, ${pick([":second", ":millisecond"])}), Time.diff(${time()}, ${time()}, ${unit()})}`,
  () => `{NaiveDateTime.add(${ndt()}, ${pick([-1, 1, 86400, 1_000_000, -3_000_000_000])}, ${unit()}), NaiveDateTime.diff(${ndt()}, ${ndt()}, ${unit()})}`,
  () => `{NaiveDateTime.to_iso8601(${ndt()}), NaiveDateTime.to_string(NaiveDateTime.truncate(${ndt()}, :millisecond)), NaiveDateTime.beginning_of_day(${ndt()})}`,
  () => `{DateTime.from_unix(${pick(["0", "-1", "1_600_000_000_123", "253402300799", "-62167219200", "1"])}, ${unit()}), DateTime.from_naive!(${ndt()}, "Etc/UTC") |> DateTime.to_unix(${pick([":second", ":millisecond"])})}`,
  () => `{DateTime.from_iso8601(${pick(['"2020-01-01T10:00:00+02:30"', '"2020-01-01T10:00:00.123Z"', '"2020-01-01 10:00:00-00:00"', '"20200101T100000Z"'])}), DateTime.add(~U[2020-02-29 23:59:59Z], ${pick([1, -86400, 31_536_000])}, ${unit()})}`,
  () => `Calendar.strftime(${pick([ndt(), date(), "~U[2021-07-04 18:05:09.123456Z]"])}, ${pick(['"%Y-%m-%d %a %b"', '"%-d/%-m %j %U"', '"%y %B %A %p %I:%M"', '"%c | %x | %X"', '"%f %q %%"', '"%5d|%-5Y|%_3m"'])})`,
  () => `{Date.from_iso8601(${pick(['"2020-13-01"', '"2020-02-30"', '"20200101"', '"-0001-01-01"', '"2020-1-1"'])}), Time.from_iso8601(${pick(['"24:00:00"', '"12:00"', '"12:00:00.1234567"', '"12:00:00Z"'])})}`,
  () => `{Version.compare(${pick(['"1.0.0"', '"1.0.0-rc.1"', '"1.0.0-rc.10"', '"1.0.0+build"', '"2.0.0-alpha"'])}, ${pick(['"1.0.0"', '"1.0.0-rc.2"', '"1.0.0-beta"', '"2.0.0"'])}), Version.match?(${pick(['"1.2.3"', '"2.0.0-dev"', '"1.0.0-rc.1"'])}, ${pick(['"~> 1.2"', '">= 1.0.0 and < 2.0.0"', '"~> 2.0-dev"', '"== 1.2.3 or > 3.0.0"'])})}`,
  () => `Version.parse(${pick(['"1.2.3-alpha.1+build.5"', '"1.2"', '"01.2.3"', '"1.2.3-01"', '"1.2.3-"'])})`,
  () => `URI.parse(${pick(['"https://user:pw@ex.com:8443/a/b?x=1&y=%20#frag"', '"mailto:a@b.c"', '"//host/p"', '"/rel/path?q"', '"http://[::1]:80/"', '"foo:bar:baz"', '""'])})`,
  () => `{URI.encode_query(${pick(['%{"a b" => "c&d", "e" => nil}', "[a: 1, b: [2, 3]]", '[{"k", "ü"}]'])}${pick(["", ", :rfc3986"])}), URI.decode_query(${pick(['"a=1&b=2&a=3"', '"x=%2B+y&z"', '"=1&&b="'])})}`,
  () => `{URI.merge(${pick(['"http://a/b/c/d;p?q"', '"http://a/b/"'])}, ${pick(['"../g"', '"g?y"', '"#s"', '"../../../g"', '"/./g"', '"g;x=1/../y"'])}) |> to_string(), URI.encode(${pick(strings)}), URI.encode_www_form(${pick(strings)})}`,
  () => `{Regex.split(~r/${pick([",", "\\\\s*", "(?=b)", ""])}/, ${pick(strings)}, ${pick(["[]", "parts: 2", "trim: true", "include_captures: true"])}), Regex.scan(~r/${pick(["\\\\w", "[[:alpha:]]+", "\\\\X", "."])}/u, ${pick(strings)})}`,
  () => `{Regex.replace(~r/(${pick(["l", "é", "\\\\s"])})/u, ${pick(strings)}, ${pick(['"[\\\\1]"', '"\\\\0\\\\0"', "fn x, _ -> String.upcase(x) end", '"\\\\g{1}x"'])}), Regex.run(~r/(?<first>\\\\w)(?<rest>\\\\w*)/u, ${pick(strings)}, ${pick(["[]", "return: :index", "capture: :all_names", "capture: :first"])})}`,
  () => `{inspect(~r/${pick(["a+b", "\\\\d{2,}", "[a-c]", "x\\\\.y"])}/${pick(["", "i", "mx", "u"])}), Regex.named_captures(~r/(?<y>\\\\d+)-(?<m>\\\\d+)?/, ${pick(['"2020-"', '"x"', '"2020-12"'])})}`,
];

function program(n) {
  const lines = ["run = fn label, f ->", "  try do", "    IO.puts(label <> \": \" <> inspect(f.(), limit: :infinity, printable_limit: :infinity))",
    "  rescue", "    e -> IO.puts(label <> \": raised \" <> inspect(e.__struct__) <> \" \" <> inspect(Exception.message(e)))", "  end", "end", ""];
  for (let i = 0; i < n; i++) {
    const expr = pick(T)();
    lines.push(`run.(${JSON.stringify(`${i} ${expr}`).replace(/#\{/g, "\\#{")}, fn -> ${expr} end)`);
  }
  return lines.join("\n") + "\n";
}

function run(cmd, argv, cwd) {
  const r = spawnSync(cmd, argv, { cwd, encoding: "utf8", timeout: 120000, env: { ...process.env, NO_COLOR: "1" } });
  return { out: (r.stdout ?? "").replace(/#(PID|Reference|Port)<[\d.]+>/g, "#$1<X>").replace(/#Function<[^>]*>/g, "#Function<X>"), err: r.stderr ?? "", code: r.status };
}

console.log(`seed ${seed}`);
let differing = 0;
for (let p = 0; p < programs; p++) {
  const text = program(perProgram);
  const dir = mkdtempSync(join(tmpdir(), "happy-"));
  try {
    writeFileSync(join(dir, "h.exs"), text);
    if (keep) { mkdirSync(keep, { recursive: true }); writeFileSync(join(keep, `happy_${seed}_${p}.exs`), text); }
    const ex = run("elixir", ["h.exs"], dir);
    if (ex.code !== 0) console.log(`--- program ${p}: elixir exited ${ex.code} (a generator bug?)\n${ex.err.slice(0, 600)}`);
    const bl = run(process.execPath, [join(ROOT, "cli/bin.js"), "run", "h.exs"], dir);
    const la = ex.out.split("\n"), lb = bl.out.split("\n");
    for (let i = 0; i < Math.max(la.length, lb.length); i++) {
      if (la[i] !== lb[i]) {
        differing++;
        console.log(`--- program ${p} line ${i + 1}\n    elixir:  ${la[i] ?? null}\n    beamlet: ${lb[i] ?? null}`);
      }
    }
    if (ex.err !== bl.err) console.log(`--- program ${p} stderr differs\n    elixir:  ${JSON.stringify(ex.err.slice(0, 300))}\n    beamlet: ${JSON.stringify(bl.err.slice(0, 300))}`);
    if (ex.code !== bl.code) console.log(`--- program ${p} exit ${ex.code} vs ${bl.code}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`seed ${seed}: ${programs} programs, ${differing} lines differ`);
