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
  () => `{String.replace(${pick(strings)}, ${pick(['""', '"l"', '"é"', '["a", "b"]'])}, ${pick(['"-"', '""', "&(&1 <> &1)"])}, ${pick(["[]", "global: false"])}), String.contains?(${pick(strings)}, ${pick(['""', '"l"', '["x", "é"]', "[]"])})}`,
  () => `{String.duplicate(${pick(strings)}, ${int(0, 3)}), String.first(${pick(strings)}), String.last(${pick(strings)}), String.next_grapheme(${pick(strings)}), String.next_codepoint(${pick(strings)})}`,
  () => `{String.chunk(${pick(strings)}, ${pick([":valid", ":printable"])}), String.valid?(${pick(strings)}), String.printable?(${pick(strings)}, ${pick([":infinity", 0, 3])})}`,
  () => `{String.split(${pick(strings)}), String.splitter(${pick(strings)}, [" ", ","], trim: ${pick(["true", "false"])}) |> Enum.take(${int(0, 4)}), String.replace_prefix(${pick(strings)}, ${pick(['""', '"h"', '"a"'])}, "X")}`,
  () => `{String.slice(${pick(strings)}, ${pick(["-3..-1", "2..-1//1", "-100..100", "0..-1//2", "1..1//3", "5..2"])}), String.bag_distance(${pick(strings)}, ${pick(strings)})}`,
  () => `{String.to_integer(${pick(['"0123"', '"-42"', '"+9"', '"ff"'])}${pick(["", ", 16", ", 36"])}), String.to_float(${pick(['"1.5"', '"-0.0"', '"1.0e3"', '"2.5e-3"'])}), String.pad_trailing(${pick(strings)}, ${int(0, 10)}, ${pick(['"-"', '"xy"'])})}`,
  () => `{String.starts_with?(${pick(strings)}, ${pick(['""', '"h"', '["a", "é"]'])}), String.ends_with?(${pick(strings)}, ${pick(['""', '"d"', '["c,", "t"]'])}), String.to_charlist(${pick(strings)})}`,
  () => `{inspect(${pick(strings)}, ${pick(["[]", "binaries: :as_binaries", "printable_limit: 3", "base: :hex"])}), inspect(${intList()}, ${pick(["charlists: :as_lists", "charlists: :as_charlists", "limit: 2", "base: :hex", "base: :binary"])})}`,
  () => `inspect(${pick(["[7, 8, 9, 10, 13]", "~c\"abc\"", "[104, 233]", "[0x1F600]", "'a' ++ [0]", "[a: 1, b: 2]", "[{:a, 1}, {:b}]", "[{:\"a b\", 1}]", "%{\"x\" => 1, a: 2}", "%{1 => 2, :a => 3}", "{:ok, <<1, 2, 300::16>>}", "<<1::1, 0::2>>", ":\"hello world\"", ":nil", ":\"Elixir.Foo\"", ":foo?", ":+", ":\"&&\""])}, ${pick(["[]", "pretty: true, width: 10", "limit: 3", "structs: false"])})`,
  () => `inspect(${pick(["MapSet.new(1..40)", "Map.new(1..40, &{&1, &1})", "1..40 |> Enum.to_list()", "String.duplicate(\"ab\", 50)", "Enum.map(1..12, &{&1, :erlang.integer_to_binary(&1)})"])}, ${pick(["[]", "pretty: true", "pretty: true, width: 30", "limit: 5", "printable_limit: 10"])})`,
  () => `{inspect(${float()}), inspect(${pick(["1.0e100", "123456789.0", "1.0e15", "1.0e16", "0.0001", "0.001", "-1.0e-5", "1.0/3", "2.0/3", "100.0", "1.0e21", "1.0e22"])}), Float.to_string(${pick(["1.0e15", "1.0e16", "0.0001", "1.0e-5", "7.0e22"])})}`,
  () => `{:io_lib.format(${pick(['"~p ~w"', '"~10p|~-10w|"', '"~.2f ~e ~g"', '"~5.1f|~-8.3e|"', '"~s ~ts"', '"~b ~.16B ~8.2.0b"', '"~c~3c~-3c|"', '"~x ~X"'])}, ${pick(["[1.5, 2.25]", "[:a, {1, 2}]", "[\"abc\", \"déf\"]", "[255, 255, 5]", "[97, 98, 99]", "[3.14159, 1.0e10, 0.5]", "[\"ab\", \"pre\", 10, \"x\"]"])}) |> IO.iodata_to_binary()}`,
  () => `{:io_lib.format(${pick(['"~.3f"', '"~f"', '"~e"', '"~.10g"', '"~g"', '"~12.4f|"', '"~-12.4e|"', '"~p"', '"~w"'])}, [${float()}]) |> IO.iodata_to_binary()}`,
  () => `{:string.pad(${pick(strings)}, ${int(0, 12)}, ${pick([":leading", ":trailing", ":both"])}${pick(["", ", ?*"])}), :string.centre(${pick(strings)}, ${int(0, 10)}), :string.trim(${pick(strings)}, ${pick([":both", ":leading", ":trailing"])})}`,
  () => `{:string.lexemes(${pick(strings)}, ${pick(['" "', '[?,, ?\\s]', '"l"'])}), :string.to_graphemes(${pick(strings)}), :string.length(${pick(strings)}), :string.slice(${pick(strings)}, ${int(0, 4)}, ${int(0, 4)})}`,
  () => `{:string.find(${pick(strings)}, ${pick(['"l"', '""', '"é"'])}, ${pick([":leading", ":trailing"])}), :string.split(${pick(strings)}, ${pick(['"l"', '","', '" "'])}, ${pick([":leading", ":trailing", ":all"])}), :string.uppercase(${pick(strings)}), :string.casefold(${pick(strings)})}`,
  () => `{:string.to_integer(${pick(['"12abc"', '"-5"', '"abc"', '"+0x1"', '""'])}), :string.to_float(${pick(['"1.5e3x"', '"1"', '"-0.5"', '"1.0E2"', '"1e5"'])}), :string.reverse(${pick(strings)}), :string.is_empty(${pick(strings)})}`,
  () => `{Map.split(%{a: 1, b: 2, c: 3}, ${keys()}), Map.take(%{1 => :i, 1.0 => :f, :a => 1}, ${keys()}), Map.drop(%{1 => :i, :a => 1, "s" => 2}, ${keys()})}`,
  () => `{Map.new(${keys()}, &{&1, &1}), Map.from_keys(${keys()}, 0), Map.update(%{a: 1}, ${pick([":a", ":b"])}, 0, &(&1 + 1)), Map.pop_lazy(%{a: 1}, ${pick([":a", ":b"])}, fn -> :d end)}`,
  () => `{Map.filter(Map.new(${intList()}, &{&1, &1 * 2}), fn {k, _} -> k > ${smallInt()} end), Map.reject(%{a: 1, b: 2}, fn {_, v} -> v > 1 end), Map.to_list(Map.new(${keys()}, &{&1, 1}))}`,
  () => `{Keyword.get_values([a: 1, b: 2, a: 3], :a), Keyword.keys([b: 1, a: 2, b: 3]), Keyword.put_new([a: 1], ${pick([":a", ":b"])}, 9), Keyword.replace([a: 1, a: 2, b: 3], :a, 0), Keyword.validate([a: 1], ${pick(["[:a, :b]", "[a: 2, b: 3]", "[:b]"])})}`,
  () => `{List.keyfind(${pick(["[{:a, 1}, {:b, 2}]", "[{1, :x}, {1.0, :y}]"])}, ${pick([":a", "1", "1.0"])}, 0), List.keystore([{:a, 1}, {:b, 2}], ${pick([":a", ":c"])}, 0, {:z, 9}), List.keydelete([{:a, 1}, {:a, 2}], :a, 0), List.keysort([{2, :a}, {1, :b}, {1.0, :c}], 0)}`,
  () => `{List.starts_with?(${intList()}, ${intList()}), List.wrap(${pick(["nil", "[1]", "1", "{1}"])}), List.improper?(${pick(["[1 | 2]", "[]", "[1]"])}), List.ascii_printable?(${pick(["~c\"abc\"", "[7]", "[200]", "[]"])}, ${pick([":infinity", 1, 2])}), List.zip([${intList()}, ${intList()}])}`,
  () => `{List.first(${intList()}, :d), List.last(${intList()}), List.duplicate(:x, ${int(0, 3)}), List.to_string([${pick(['"a"', "?b", "[?c, \"d\"]", "0x1F600"])}]), List.to_tuple(${intList()})}`,
  () => `{Enum.chunk_while(${intList()}, [], fn x, acc -> if x > 3, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn acc -> {:cont, acc, []} end), Enum.split_while(${intList()}, &(&1 < 4)), Enum.dedup_by(${intList()}, &div(&1, 3))}`,
  () => `{Enum.sort(${intList()}, ${pick([":asc", ":desc", "&>=/2", "&</2"])}), Enum.sort_by(${keys()}, &inspect/1, ${pick([":asc", ":desc"])}), Enum.sort([${date()}, ${date()}, ${date()}], Date)}`,
  () => `{Enum.min_by(${keys()}, &inspect/1, fn -> :e end), Enum.max(${keys()}, fn -> :empty end), Enum.uniq_by(${intList()}, &rem(&1, 3)), Enum.intersperse(${intList()}, :s)}`,
  () => `{Enum.reduce(${range()}, [], &[&1 | &2]), Enum.map_every(${intList()}, ${int(1, 3)}, &(&1 * 100)), Enum.product(${intList()}), Enum.count_until(${range()}, ${int(1, 4)})}`,
  () => `{Enum.zip_with([${intList()}, ${intList()}], &Enum.sum/1), Enum.zip_reduce(${intList()}, ${intList()}, 0, fn a, b, acc -> a * b + acc end), Enum.unzip([{1, :a}, {2, :b}])}`,
  () => `{Enum.slide(${pick(["[1, 2, 3, 4, 5, 6]", "1..8", "Enum.to_list(0..5)"])}, ${pick(["1", "-1", "0..1", "-2..-1", "3..4", "1..3//1"])}, ${int(0, 5)}), Enum.find_value(${intList()}, &(&1 > 4 and &1 * 2))}`,
  () => `{Enum.take_while(${range()}, &(&1 != 2)), Enum.drop_every(${intList()}, ${int(0, 3)}), Enum.chunk_every(${range()}, ${int(1, 3)}), Enum.at(${range()}, ${idx()})}`,
  () => `{Range.new(${smallInt()}, ${smallInt()}), Range.disjoint?(${range()}, ${range()}), inspect(${range()}), Enum.slice(${range()}, ${range()}), ${pick(["hd", "length"])}(${pick(["[1, 2]", "1..3"])} |> Enum.to_list())}`,
  () => `{Stream.unfold(${int(0, 5)}, fn 0 -> nil; n -> {n, n - 1} end) |> Enum.to_list(), Stream.zip(${range()}, Stream.cycle([:a, :b])) |> Enum.to_list(), Stream.dedup(${intList()}) |> Enum.to_list()}`,
  () => `{Stream.chunk_every(${intList()}, 2, 1, :discard) |> Enum.to_list(), Stream.with_index(${range()}, 1) |> Enum.to_list(), Stream.scan(${intList()}, 0, &+/2) |> Enum.to_list(), Stream.intersperse(${intList()}, 0) |> Enum.to_list()}`,
  () => `{Stream.flat_map(${range()}, &[&1, &1]) |> Stream.drop(${smallInt()}) |> Enum.to_list(), Stream.take(${range()}, ${smallInt()}) |> Enum.to_list(), Stream.take_while(${range()}, &(&1 < 3)) |> Stream.map(&(&1 * 2)) |> Enum.to_list()}`,
  () => `{Integer.to_charlist(${hugeInt()}, ${pick([2, 10, 16, 36])}), Integer.is_odd(${hugeInt()}), Integer.is_even(${hugeInt()}), abs(${hugeInt()}), Integer.digits(${hugeInt()}) |> Integer.undigits()}`,
  () => `{${hugeInt()} * ${hugeInt()}, ${hugeInt()} - ${hugeInt()}, ${hugeInt()} / ${pick(["3", "7", "2.0"])}, max(${hugeInt()}, ${float()}), ${hugeInt()} == ${float()}, ${hugeInt()} < ${float()}}`,
  () => `{:erlang.integer_to_binary(${hugeInt()}, ${pick([2, 16, 36])}), :erlang.float_to_list(${float()}), :erlang.float(${hugeInt()}), :erlang.binary_to_integer(${pick(['"-FF"', '"zz"', '"0"', '"+7"'])}, 36)}`,
  () => `{Tuple.append({1}, ${smallInt()}), Tuple.to_list({}), Tuple.product({${smallInt()}, ${smallInt()}}), Tuple.sum({1, 2.5}), :erlang.make_tuple(${int(0, 3)}, :x, [{1, :a}])}`,
  () => `{:queue.drop(:queue.from_list([1, 2, 3])), :queue.get_r(:queue.from_list([1, 2])), :queue.member(${smallInt()}, :queue.from_list(${intList()})), :queue.to_list(:queue.cons(0, :queue.from_list(${intList()})))}`,
  () => `q = :queue.from_list(${intList()}); {:queue.is_empty(q), :queue.all(&(&1 > 0), q), :queue.any(&(&1 > 5), q), :queue.delete(${smallInt()}, q), :queue.filtermap(&(if &1 > 2, do: {true, -&1}, else: false), q)}`,
  () => `t = :gb_trees.from_orddict(Enum.map(Enum.uniq(Enum.sort(${intList()})), &{&1, &1 * 2})); {:gb_trees.lookup(${smallInt()}, t), :gb_trees.is_defined(${smallInt()}, t), :gb_trees.delete_any(${smallInt()}, t), :gb_trees.values(t)}`,
  () => `t = Enum.reduce(${intList()}, :gb_trees.empty(), &:gb_trees.enter(&1, &1, &2)); if :gb_trees.is_empty(t), do: t, else: {:gb_trees.smallest(t), :gb_trees.largest(t), :gb_trees.take_smallest(t), :gb_trees.map(fn k, v -> k + v end, t)}`,
  () => `s = :gb_sets.from_list(${intList()}); {:gb_sets.union(s, :gb_sets.from_list(${intList()})), :gb_sets.size(s), :gb_sets.add(${smallInt()}, s), :gb_sets.filter(&(&1 > 1), s)}`,
  () => `s = :sets.from_list(${intList()}); {:sets.size(s), :sets.is_element(${smallInt()}, s), :sets.to_list(:sets.subtract(s, :sets.from_list(${intList()}))) |> Enum.sort(), :sets.new(version: 2)}`,
  () => `a = :array.from_list(${intList()}, :d); {:array.size(a), :array.get(${int(0, 8)}, a), :array.default(a), :array.foldl(fn i, v, acc -> [{i, v} | acc] end, [], a), :array.resize(${int(0, 5)}, a) |> :array.to_list()}`,
  () => `{:array.new(${pick(["[size: 3, fixed: false]", "[{:default, 0}]", "10", "[]"])}), :array.relax(:array.fix(:array.new(2)))}`,
  () => `{:lists.flatten([1, [2, [3]]], [4]), :lists.duplicate(${int(0, 3)}, :a), :lists.zip3([1, 2], [3, 4], [5, 6]), :lists.takewhile(&(&1 < 3), ${intList()}), :lists.partition(&(&1 > 2), ${intList()})}`,
  () => `{:lists.max(${keys().replace("[]", "[1]") === "[]" ? "[1]" : "[1, :a]"}), :lists.append([[1], [2, 3], []]), :lists.subtract(${intList()}, ${intList()}), :lists.umerge([[1, 2], [2, 3]]), :lists.foldr(&[&1 | &2], [], ${intList()})}`,
  () => `{:ordsets.union(:ordsets.from_list(${intList()}), :ordsets.from_list(${intList()})), :orddict.store(:b, 2, :orddict.from_list([a: 1, c: 3])), :orddict.update_counter(:a, ${smallInt()}, [a: 1])}`,
  () => `{:proplists.get_all_values(:a, [{:a, 1}, :a, {:a, 2, 3}, {:a, 4}]), :proplists.get_bool(:x, [:x]), :proplists.lookup(:b, [:b, {:b, 1}]), :proplists.delete(:a, [:a, {:a, 1}, :b]), :proplists.compact([{:a, true}, {:b, 1}])}`,
  () => `{:math.floor(${float()}), :math.ceil(${float()}), :math.fmod(${float()}, ${pick(["3.0", "-2.0", "0.5"])}), :math.atan2(${float()}, ${pick(["1.0", "-1.0", "0.0"])}), :math.exp(${pick(["0", "1", "-700", "1.5"])}), :math.log2(${pick(["1024", "3", "0.5"])})}`,
  () => `{:math.sin(${float()}), :math.cosh(${pick(["0.0", "1.0", "-2.5"])}), :math.erf(${pick(["0.5", "-1.0", "3.0"])}), :math.pi(), :math.tau()}`,
  () => `{Date.compare(${date()}, ${date()}), Date.before?(${date()}, ${date()}), Date.new(${pick(["2020, 2, 29", "2021, 2, 29", "0, 1, 1", "-1, 12, 31", "2020, 13, 1"])}), Date.utc_today() |> is_struct(Date), Date.from_gregorian_days(${pick([0, 1, 730485, 738000, -1])})}`,
  () => `{Date.to_string(${date()}), Date.months_in_year(${date()}), Date.days_in_month(${date()}), Date.end_of_week(${date()}, ${pick([":default", ":sunday", ":saturday"])}), Date.beginning_of_week(${date()}, ${pick([":default", ":sunday", ":monday"])}), Date.day_of_era(${date()})}`,
  () => `{Time.new(${pick(["23, 59, 60", "24, 0, 0", "1, 2, 3, 4", "1, 2, 3, {5, 2}"])}), Time.from_seconds_after_midnight(${pick([0, 86399, 3661, 86400, -1])}), Time.to_seconds_after_midnight(${time()}), Time.compare(${time()}, ${time()}), Time.to_string(${time()})}`,
  () => `{NaiveDateTime.compare(${ndt()}, ${ndt()}), NaiveDateTime.to_date(${ndt()}), NaiveDateTime.new(${date()}, ${time()}), NaiveDateTime.from_iso8601(${pick(['"2020-01-01T10:00:00+02:30"', '"2020-01-01 10:00:00.1234567"', '"2020-02-30T00:00:00"', '"20200101T101010"'])}), NaiveDateTime.end_of_day(${ndt()})}`,
  () => `{NaiveDateTime.to_erl(${ndt()}), NaiveDateTime.from_erl({{2020, 1, 1}, {1, 2, 3}}, {${int(0, 999999)}, ${int(0, 6)}}), NaiveDateTime.to_gregorian_seconds(${ndt()}), NaiveDateTime.from_gregorian_seconds(${pick([0, 63_000_000_000, -1])})}`,
  () => `{DateTime.to_iso8601(${pick(["~U[2020-02-29 23:59:59.123Z]", "~U[0001-01-01 00:00:00Z]"])}, ${pick([":extended", ":basic"])}), DateTime.to_string(DateTime.from_naive!(${ndt()}, "Etc/UTC")), DateTime.compare(~U[2020-01-01 00:00:00Z], DateTime.from_naive!(${ndt()}, "Etc/UTC")), DateTime.truncate(~U[2020-01-01 00:00:00.123456Z], ${pick([":second", ":millisecond"])})}`,
  () => `{DateTime.shift_zone(~U[2020-01-01 00:00:00Z], ${pick(['"Etc/UTC"', '"Europe/Paris"'])}), DateTime.from_naive(${ndt()}, ${pick(['"Etc/UTC"', '"America/New_York"'])}), DateTime.to_date(~U[2021-07-04 18:05:09Z]), DateTime.to_naive(~U[2021-07-04 18:05:09.5Z]), DateTime.diff(~U[2021-01-01 00:00:00Z], ~U[2020-01-01 00:00:00.5Z], ${unit()})}`,
  () => `{Calendar.ISO.valid_date?(${pick(["2020, 2, 29", "2019, 2, 29", "0, 1, 1", "10000, 1, 1"])}), Calendar.ISO.day_of_week(2020, 1, ${int(1, 31)}, ${pick([":default", ":monday", ":sunday"])}), Calendar.ISO.naive_datetime_to_iso_days(2020, 1, 1, 12, 0, 0, {${int(0, 999999)}, 6}), Calendar.ISO.leap_year?(${pick([1900, 2000, 2024, -4])})}`,
  () => `{:calendar.day_of_the_week(${pick(["2020, 2, 29", "{2000, 1, 1}"])}), :calendar.gregorian_days_to_date(${pick([0, 738000, 1])}), :calendar.is_leap_year(${pick([1900, 2000, 2023])}), :calendar.last_day_of_the_month(${pick([1900, 2000])}, 2), :calendar.iso_week_number({${pick([2020, 2021])}, 1, ${int(1, 4)}})}`,
  () => `{Version.parse!(${pick(['"1.2.3"', '"0.0.1-a.b.c+1"'])}) |> to_string(), Version.parse_requirement(${pick(['"~> 1.2.3"', '">= 1 and < 2"', '"~> 1.0 or ~> 2.0"', '"> 1.0.0-rc"', '"1.0.0"'])}), Version.compare(${pick(['"1.0.0-alpha"', '"1.0.0-alpha.1"', '"1.0.0-alpha.beta"'])}, ${pick(['"1.0.0-alpha.1"', '"1.0.0-beta"', '"1.0.0-1"'])})}`,
  () => `{Version.match?(${pick(['"1.0.0-rc.1"', '"1.2.3"', '"2.0.0"'])}, ${pick(['"~> 1.0-rc"', '"~> 1.2"', '">= 1.0.0"', '"< 2.0.0"'])}, allow_pre: ${pick(["true", "false"])}), inspect(Version.parse!("1.2.3-rc.1+b")), inspect(Version.parse_requirement!(">= 1.0.0"))}`,
  () => `{URI.decode(${pick(['"%41%e9"', '"a+b%20c"', '"%C3%A9"', '"%zz"'])}), URI.decode_www_form(${pick(['"a+b%20c"', '"%C3%A9+"'])}), URI.encode(${pick(strings)}, &URI.char_unreserved?/1), URI.new(${pick(['"http://x.com/a b"', '"http://x.com/p?q=1"', '":bad"', '"http://[::1"'])})}`,
  () => `{URI.parse(${pick(['"http://a.com"', '"https://a.com:443/"', '"ftp://x/y"', '"HTTP://A.COM/P"', '"http://a.com:99999"'])}) |> then(&{&1.port, &1.path, &1.host, to_string(&1)}), URI.default_port(${pick(['"http"', '"ws"', '"ldap"', '"zzz"'])}), URI.append_query(URI.parse("http://a/b?x=1"), "y=2")}`,
  () => `{Regex.match?(~r/${pick(["^a", "é$", "\\\\bw", "(?i)HEL", "[[:upper:]]"])}/u, ${pick(strings)}), Regex.run(~r/${pick(["l+", "(a)|(b)", "(?<x>.)(?<y>.)?"])}/, ${pick(strings)}, ${pick(["[]", "capture: :all_but_first", "return: :index", "capture: [:x]"])}), Regex.source(~r/a\\/b/), Regex.escape(${pick(['"a.b*c"', '"[x]"', '"é+"', '" #"'])})}`,
  () => `{String.split(${pick(strings)}, ~r/${pick(["\\\\s+", "[,;]", "(?<=a)", "\\\\b"])}/, ${pick(["[]", "trim: true", "parts: 2"])}), String.replace(${pick(strings)}, ~r/${pick(["[aeiou]", "(.)\\\\1", "^", "$", "\\\\X"])}/u, ${pick(['"*"', '"<\\\\0>"', '""'])})}`,
  () => `{Regex.scan(~r/${pick(["(\\\\d)(\\\\w)?", "a|", "(?<n>[a-z])"])}/, ${pick(['"a1b2c"', '"aaa"', '"1x2"', '""'])}, ${pick(["[]", "return: :index", "capture: :all_names"])}), Regex.names(~r/(?<a>x)(?<b>y)/), Regex.opts(~r/x/imsx)}`,
  () => `{Bitwise.<<<(${smallInt()}, ${int(0, 70)}), Bitwise.>>>(${hugeInt()}, ${int(0, 70)}), Bitwise.band(${smallInt()}, ${smallInt()}), Bitwise.bor(${hugeInt()}, ${smallInt()})}`,
  () => `{Base.encode16(${pick(strings)}, case: ${pick([":upper", ":lower"])}), Base.url_decode64(${pick(['"-_8"', '"-_8="', '"YWJj"'])}, padding: ${pick(["true", "false"])}), Base.hex_decode32(${pick(['"C5H66==="', '"c5h66"', '"C5H66"'])}, ${pick(["[]", "case: :lower", "padding: false"])})}`,
  () => `{:binary.bin_to_list(${pick(strings)}, ${int(0, 2)}, ${int(0, 3)}), :binary.longest_common_prefix([${pick(strings)}, ${pick(strings)}]), :binary.replace(${pick(strings)}, ${pick(['"l"', '["a", "b"]'])}, "[]", ${pick(["[]", "[:global]", "[global: true, insert_replaced: 1]", "[{:insert_replaced, [0, 2]}, :global]"])}), :binary.copy("ab", ${int(0, 3)})}`,
  () => `{:binary.at(${pick(strings)}, ${int(0, 3)}), :binary.first("abc"), :binary.match(${pick(strings)}, ${pick(['"l"', '["o", "l"]'])}, ${pick(["[]", "scope: {1, 3}"])}), :binary.referenced_byte_size("abc")}`,
  () => `{:unicode.characters_to_nfc_list(${pick(strings)}), :unicode.characters_to_nfkc_binary(${pick(strings)}), :unicode.characters_to_binary(${pick(["<<0xff, 0xfe>>", "[0x110000]", "[97 | \"b\"]", "<<0xC3>>"])})}`,
  () => `t = ${pick(["{:a, 1, [2.5]}", "[1 | 2]", "%{a: 1}", '"héllo"', "-12345678901234567890", "1.5", "[a: [b: 1]]", "<<1::3>>", "{:ok, :\"é\"}"])}; {:erlang.binary_to_term(:erlang.term_to_binary(t), [:safe]) == t, :erlang.term_to_iovec(t) |> IO.iodata_to_binary() == :erlang.term_to_binary(t), :erlang.external_size(t)}`,
  () => `{:erlang.phash2(${pick(["\"abc\"", "1.5", "[1, 2]", "{:a, %{b: 1}}", "-1", "2 ** 65", "<<1::3>>", "self() |> is_pid()"])}, ${pick([1, 7, 256, "4294967296"])}), :erlang.md5(${pick(strings)}) |> Base.encode16()}`,
  () => `Base.encode16(:crypto.hash(${pick([":sha3_256", ":blake2b", ":sha512_256", ":md4", ":ripemd160", ":sha3_512", ":blake2s"])}, ${pick(strings)}))`,
  () => `{:crypto.hash_init(:sha256) |> :crypto.hash_update(${pick(strings)}) |> :crypto.hash_update("x") |> :crypto.hash_final() |> Base.encode16(), byte_size(:crypto.strong_rand_bytes(${int(0, 5)}))}`,
  () => `:rand.seed(${pick([":exsss", ":exsplus", ":exro928ss", ":exrop", ":exs1024s"])}, ${int(0, 99999)}); {:rand.uniform(${pick([2, 1000, "2 ** 64", "2 ** 200"])}), :rand.normal(), :rand.uniform_real(), :rand.bytes(${int(0, 5)})}`,
  () => `:rand.seed(:exsss, {${int(0, 9)}, ${int(0, 9)}, ${int(0, 9)}}); {Enum.random(${pick(["[1, 2, 3]", "1..10//3", "%{a: 1, b: 2}", "MapSet.new([4, 5, 6])", "10..1//-2"])}), Enum.take_random(${pick(["1..10", "[:a, :b, :c]", "MapSet.new(1..5)"])}, ${int(0, 4)}), Enum.shuffle(${pick(["[:a, :b, :c, :d]", "1..6", "%{x: 1, y: 2}"])})}`,
  () => `s = :rand.seed_s(${pick([":exsss", ":exrop", ":exs1024s", ":exro928ss"])}, {${int(0, 9)}, ${int(0, 9)}, ${int(0, 9)}}); {:rand.export_seed_s(s), elem(:rand.uniform_s(s), 0), elem(:rand.normal_s(3.0, 2.0, s), 0), elem(:rand.jump(s), 1) |> elem(0) |> map_size()}`,
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
