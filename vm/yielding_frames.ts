// The rest of a long BIF runs as lib/beamlet_yielding.ex's functions (vm/bifs/work.ts,
// string_chunked.ts). While it does, what Process.info shows (:current_function,
// :current_stacktrace) and a stack trace name the BEAM's functions at that point instead,
// as sampled on OTP 25 / Elixir 1.14: :lists.seq's loop, :lists.reverse, String.length ...
import { atom, list, tuple, type Atom, type Term } from "./terms.ts";
import { codeFrame } from "./code_frame.ts";

export const YIELDING = atom("beamlet_yielding");

interface Shown {
  /** {module, function, arity} for :current_function */
  current: Term;
  /** the stack trace's entry, or null where the BEAM shows none (a BIF's own continuation) */
  entry: Term | null;
}

function shown(current: [string, string, number], entry: [string, string, number, string, number] | null): Shown {
  return {
    current: tuple(atom(current[0]), atom(current[1]), current[2]),
    entry: entry && codeFrame(entry[0], entry[1], entry[2], entry[3], entry[4]),
  };
}

let table: Record<string, Shown> | null = null;

function shownTable(): Record<string, Shown> {
  return (table ??= {
    seq_onto: shown(["lists", "seq_loop", 3], ["lists", "seq_loop", 3, "lists.erl", 275]),
    reverse_onto: shown(["lists", "reverse", 2], ["lists", "reverse", 1, "lists.erl", 182]),
    reverse_owned_onto: shown(["lists", "reverse", 2], ["lists", "reverse", 1, "lists.erl", 182]),
    duplicate_onto: shown(["lists", "duplicate", 3], ["lists", "duplicate", 3, "lists.erl", 333]),
    bytes_onto: shown(["erts_internal", "binary_to_list_continue", 1], null),
    string_length: shown(["Elixir.String", "length", 2], ["Elixir.String", "length", 2, "lib/string.ex", 2019]),
    string_upcase: shown(["Elixir.String.Unicode", "upcase", 3], ["Elixir.String.Unicode", "upcase", 3, "lib/elixir/unicode/unicode.ex", 346]),
    string_downcase: shown(["Elixir.String.Unicode", "downcase", 3], ["Elixir.String.Unicode", "downcase", 3, "lib/elixir/unicode/unicode.ex", 236]),
    // sampled on OTP 25 inside each call on a 3M-element list (lists.erl's loops, or the BIF itself)
    lists_sort: shown(["lists", "split_1", 5], ["lists", "split_1", 5, "lists.erl", 1619]),
    lists_usort: shown(["lists", "usplit_1", 5], ["lists", "usplit_1", 5, "lists.erl", 1829]),
    lists_flatten: shown(["lists", "do_flatten", 2], ["lists", "do_flatten", 2, "lists.erl", 659]),
    lists_last: shown(["lists", "last", 2], ["lists", "last", 2, "lists.erl", 258]),
    lists_nth: shown(["lists", "nth", 2], ["lists", "nth", 2, "lists.erl", 198]),
    lists_max: shown(["lists", "max", 2], ["lists", "max", 2, "lists.erl", 358]),
    lists_min: shown(["lists", "min", 2], ["lists", "min", 2, "lists.erl", 345]),
    lists_sum: shown(["lists", "sum", 2], ["lists", "sum", 2, "lists.erl", 319]),
    lists_member: shown(["lists", "member", 2], null),
    lists_keyfind: shown(["lists", "keyfind", 3], null),
    erlang_append: shown(["erlang", "++", 2], null),
    list_to_tuple: shown(["erlang", "list_to_tuple", 1], null),
    // (not sampled: the BIF itself, as for the other trapping BIFs)
    erlang_length: shown(["erlang", "length", 1], null),
    erlang_phash2: shown(["erlang", "phash2", 1], null),
    term_to_binary: shown(["erlang", "term_to_binary", 1], null),
    external_size: shown(["erlang", "external_size", 1], null),
    binary_to_term: shown(["erlang", "binary_to_term", 1], null),
    list_to_binary: shown(["erts_internal", "list_to_binary_continue", 1], null),
    iolist_to_binary: shown(["erts_internal", "list_to_binary_continue", 1], null),
    string_split: shown(["erlang", "binary_find_trap", 3], ["Elixir.String", "split", 3, "lib/string.ex", 509]),
    string_graphemes: shown(["Elixir.String", "do_graphemes", 1], ["Elixir.String", "do_graphemes", 1, "lib/string.ex", 1904]),
    string_codepoints: shown(["Elixir.String", "do_codepoints", 1], ["Elixir.String", "do_codepoints", 1, "lib/string.ex", 1724]),
    string_to_charlist: shown(["erlang", "characters_to_list_trap_4", 1], ["unicode", "characters_to_list", 1, "unicode.erl", 113]),
    string_at: shown(["Elixir.String", "byte_size_remaining_at", 2], ["Elixir.String", "byte_size_remaining_at", 2, "lib/string.ex", 2868]),
    string_slice: shown(["Elixir.String", "byte_size_remaining_at", 2], ["Elixir.String", "byte_size_remaining_at", 2, "lib/string.ex", 2868]),
    string_last: shown(["unicode_util", "gc", 1], ["Elixir.String", "do_last", 2, "lib/string.ex", 1998]),
    string_valid: shown(["Elixir.String", "valid_utf8?", 1], ["Elixir.String", "valid_utf8?", 1, "lib/string.ex", 1807]),
    string_printable: shown(["Elixir.String", "recur_printable?", 2], ["Elixir.String", "recur_printable?", 2, "lib/string.ex", 327]),
    // sampled on OTP 25 inside String.normalize(s, :nfd) of 100 MB (equivalent? normalizes to NFD)
    string_normalize: shown(["unicode_util", "nfd", 1], ["Elixir.String", "normalize", 2, "lib/string.ex", 766]),
    string_equivalent: shown(["unicode_util", "nfd", 1], ["Elixir.String", "normalize", 2, "lib/string.ex", 766]),
    string_split_spaces: shown(["erlang", "binary_find_trap", 3], ["Elixir.String.Break", "split", 1, "lib/elixir/unicode/unicode.ex", 515]),
    // sampled on OTP 25 inside Base.encode64 and decode64! of 100 MB (base 16 and 32 run their
    // own functions there); a failure names its Base frames itself, so no entry of its own
    base_encode: shown(["Elixir.Base", "encode64base", 3], null),
    base_decode: shown(["Elixir.Base", "decode64base!", 1], null),
    // sampled on OTP 25 inside :unicode.characters_to_binary of an 8M-element list (its stack
    // shows unicode.erl:128 there, but a failure's does not: no entry)
    unicode_characters_to_binary: shown(["erlang", "characters_to_utf8_trap", 3], null),
    // sampled on OTP 25 inside :binary.split(s, ",", [:global]) of 16 MB and :maps.from_list of
    // 3M pairs (the BIFs themselves: no entry)
    binary_split: shown(["erlang", "binary_find_trap", 3], null),
    binary_matches: shown(["erlang", "binary_find_trap", 3], null),
    binary_replace: shown(["erlang", "binary_find_trap", 3], null),
    maps_from_list: shown(["maps", "from_list", 1], null),
    // sampled on OTP 25 inside a long Regex.run: the run's trap (a global run shows re.erl's
    // loop calling it too; a failure names re:run, re:split or re:replace itself)
    re_run: shown(["erlang", "re_run_trap", 3], null),
    re_split: shown(["erlang", "re_run_trap", 3], null),
    re_replace: shown(["erlang", "re_run_trap", 3], null),
  });
}

/**
 * What the BEAM shows for beamlet_yielding's function `name`; `mode`: string_case's mode
 * argument (:up..., :down...) when known.
 */
export function yieldingShown(name: string, mode?: Term): Shown | undefined {
  if (name === "string_case") name = (mode as Atom | undefined)?.name?.startsWith("down") ? "string_downcase" : "string_upcase";
  return Object.hasOwn(shownTable(), name) ? shownTable()[name] : undefined;
}
