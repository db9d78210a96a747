# :erlang.binary_to_term of hostile or odd input: OTP's answer, never a frozen node (a 200,000-byte
# bignum decodes in linear time, a zlib bomb stops at its declared size), and binary_to_term/2's
# options (:safe refuses new atoms, :used counts the bytes taken; trailing bytes are ignored)
try_b2t = fn bin, opts ->
  try do
    {:ok, :erlang.binary_to_term(bin, opts)}
  rescue
    e -> {:error, Exception.message(e)}
  end
end
show = fn label, r -> IO.puts("#{label}: #{inspect(r, limit: 8, printable_limit: 200)}") end
# trailing bytes and :used
show.(:trailing, try_b2t.(<<131, 97, 1, 2, 3>>, []))
show.(:used, try_b2t.(<<131, 97, 1, 2, 3>>, [:used]))
show.(:used_exact, try_b2t.(<<131, 97, 1>>, [:used]))
show.(:safe_used, try_b2t.(<<131, 97, 1, 9>>, [:safe, :used]))
# options
show.(:bad_opt, try_b2t.(<<131, 97, 1>>, [:bad]))
show.(:not_list, try_b2t.(<<131, 97, 1>>, :safe))
show.(:improper, try_b2t.(<<131, 97, 1>>, [:safe | :used]))
show.(:bad_opt_bad_bin, try_b2t.(<<1>>, [:bad]))
show.(:tuple_opt, try_b2t.(<<131, 97, 1>>, [{:safe, true}]))
# safe: an atom that does not exist
show.(:safe_new_atom, try_b2t.(<<131, 119, 9, "zq_never1">>, [:safe]))
show.(:safe_new_atom_old, try_b2t.(<<131, 100, 0, 9, "zq_never2">>, [:safe]))
show.(:safe_existing, try_b2t.(<<131, 119, 2, "ok">>, [:safe]))
show.(:unsafe_new_atom, try_b2t.(<<131, 119, 9, "zq_never3">>, []))
show.(:safe_ext_fun_new, try_b2t.(<<131, 113, 100, 0, 5, "ZqMod", 100, 0, 2, "zf", 97, 1>>, [:safe]))
show.(:safe_ext_fun, try_b2t.(<<131, 113, 119, 6, "erlang", 119, 4, "self", 97, 0>>, [:safe]))
# atoms: too long, non-utf8, latin-1
show.(:atom_255, try_b2t.(<<131, 100, 0, 255>> <> String.duplicate("a", 255), []) |> elem(0))
show.(:atom_256, try_b2t.(<<131, 100, 1, 0>> <> String.duplicate("b", 256), []))
show.(:utf8_atom_256_bytes, try_b2t.(<<131, 118, 1, 0>> <> String.duplicate("c", 256), []))
show.(:utf8_atom_255_chars, try_b2t.(<<131, 118, 1, 254>> <> String.duplicate("é", 255), []) |> elem(0))
show.(:utf8_atom_invalid, try_b2t.(<<131, 119, 2, 255, 254>>, []))
show.(:latin1_atom, try_b2t.(<<131, 100, 0, 2, 233, 97>>, []))
# maps
show.(:map_dup_keys, try_b2t.(<<131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3>>, []))
show.(:map_ok, try_b2t.(<<131, 116, 0, 0, 0, 2, 97, 2, 97, 2, 97, 1, 97, 3>>, []))
# integers
show.(:big_zero_len, try_b2t.(<<131, 110, 0, 0>>, []))
show.(:big_neg_zero, try_b2t.(<<131, 110, 1, 1, 0>>, []))
show.(:big_leading_zero, try_b2t.(<<131, 110, 2, 0, 5, 0>>, []))
show.(:big_bad_sign, try_b2t.(<<131, 110, 1, 2, 5>>, []))
show.(:small_big_fits, try_b2t.(<<131, 110, 1, 0, 5>>, []))
n = 200_000
big = <<131, 111, n::32, 0>> <> :binary.copy(<<255>>, n)
{t, r} = :timer.tc(fn -> try_b2t.(big, []) end)
show.(:large_big, elem(r, 0))
IO.puts("large_big bits: #{r |> elem(1) |> Integer.to_string(2) |> byte_size}")
show.(:large_big_fast, t < 5_000_000)
n2 = 16_777_216
show.(:large_big_too_big, try_b2t.(<<131, 111, n2::32, 0>> <> :binary.copy(<<1>>, n2), []) |> elem(0))
# floats
show.(:nan, try_b2t.(<<131, 70, 127, 248, 0, 0, 0, 0, 0, 0>>, []))
show.(:inf, try_b2t.(<<131, 70, 127, 240, 0, 0, 0, 0, 0, 0>>, []))
show.(:neg_zero, try_b2t.(<<131, 70, 128, 0, 0, 0, 0, 0, 0, 0>>, []))
# bit binaries
show.(:bitbin_0bits, try_b2t.(<<131, 77, 0, 0, 0, 1, 0, 255>>, []))
show.(:bitbin_3, try_b2t.(<<131, 77, 0, 0, 0, 1, 3, 255>>, []))
show.(:bitbin_empty, try_b2t.(<<131, 77, 0, 0, 0, 0, 0>>, []))
# compressed: bomb, declared size too small/large
z = :zlib.compress(:erlang.term_to_binary(:binary.copy(<<0>>, 1_000_000)) |> binary_part(1, 1_000_005))
show.(:compressed_ok, try_b2t.(<<131, 80, 1_000_005::32>> <> z, []) |> elem(0))
show.(:compressed_declared_small, try_b2t.(<<131, 80, 100::32>> <> z, []))
show.(:compressed_declared_big, try_b2t.(<<131, 80, 2_000_000::32>> <> z, []))
bomb = :zlib.compress(:binary.copy(<<0>>, 50_000_000))
show.(:bomb_size, byte_size(bomb) < 100_000)
show.(:bomb, try_b2t.(<<131, 80, 10::32>> <> bomb, []))
show.(:compressed_trailing, try_b2t.(<<131, 80, 1_000_005::32>> <> z <> <<1, 2>>, []) |> elem(0))
# lists and counts
show.(:list_huge_count, try_b2t.(<<131, 108, 255, 255, 255, 255, 106>>, []))
show.(:string_ext_short, try_b2t.(<<131, 107, 0, 5, 1, 2>>, []))
show.(:deep_list, try_b2t.(:binary.copy(<<108, 0, 0, 0, 1>>, 100_000) |> then(&(<<131>> <> &1 <> <<106>> <> :binary.copy(<<106>>, 100_000))), []) |> elem(0))
# pids/refs/ports with odd nodes
show.(:pid_bad_node, try_b2t.(<<131, 88, 97, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0>>, []))
show.(:ref_zero_words, try_b2t.(<<131, 90, 0, 0, 100, 0, 13, "nonode@nohost", 0, 0, 0, 0>>, []))
show.(:ref_too_many_words, try_b2t.(<<131, 90, 0, 6, 100, 0, 13, "nonode@nohost", 0, 0, 0, 0>> <> :binary.copy(<<0>>, 24), []))
show.(:export_bad_arity, try_b2t.(<<131, 113, 100, 0, 1, "m", 100, 0, 1, "f", 98, 255, 255, 255, 255>>, []))
show.(:export_arity_255, try_b2t.(<<131, 113, 100, 0, 1, "m", 100, 0, 1, "f", 97, 255>>, []) |> elem(0))
show.(:unknown_tag, try_b2t.(<<131, 200>>, []))
show.(:bin_arg_not_binary, try_b2t.(:abc, []))
show.(:bitstring_arg, try_b2t.(<<131, 97, 1, 1::1>>, []))
t = fn f -> try do f.() rescue e -> Exception.message(e) end end
IO.inspect(t.(fn -> :erlang.binary_to_term(:abc, [:bad]) end))
IO.inspect(t.(fn -> :erlang.binary_to_term(:abc, :bad) end))
c = :erlang.term_to_binary(String.duplicate("ab", 100), [:compressed])
IO.inspect(byte_size(c))
IO.inspect(t.(fn -> :erlang.binary_to_term(c <> <<1, 2, 3>>, [:used]) |> elem(1) end))
IO.inspect(t.(fn -> :erlang.binary_to_term(c, [:used, :used, :safe]) |> elem(1) end))
IO.inspect(t.(fn -> :erlang.binary_to_term(<<131, 97, 1>>, [:used, {:used, true}]) end))
IO.inspect(t.(fn -> :erlang.binary_to_term(<<131, 97, 1>>, [:safe | :used]) end))
IO.inspect(t.(fn -> :erlang.binary_to_term(<<131, 97>>, [:used]) end))
