# A bitstring that is not whole bytes where a binary is wanted: OTP 25 refuses it (naming it as each
# BIF does) or, for split_binary and binary_to_list/3, takes its whole bytes; beamlet used to read
# its padded last byte as a byte (found by scripts/fuzz-diff-terms.mjs seeds 1, 6, 9).
defmodule Main do
  def run do
    b = Enum.random([<<1, 2, 3::4>>])
    c = Enum.random([<<?1, 1::1>>])

    cases = [
      bin_to_list: fn -> :binary.bin_to_list(b) end,
      bin_to_list2: fn -> :binary.bin_to_list(b, {0, 1}) end,
      bin_to_list3: fn -> :binary.bin_to_list(b, 0, 1) end,
      bin_to_list3_empty: fn -> :binary.bin_to_list(<<1::1>>, 0, 0) end,
      at: fn -> :binary.at(b, 0) end,
      first: fn -> :binary.first(b) end,
      last: fn -> :binary.last(b) end,
      copy: fn -> :binary.copy(b) end,
      copy2: fn -> :binary.copy(b, 2) end,
      copy2_negative: fn -> :binary.copy(c, -1) end,
      split: fn -> :binary.split(b, <<2>>) end,
      split_pattern: fn -> :binary.split("1", c) end,
      match: fn -> :binary.match(b, <<2>>) end,
      replace: fn -> :binary.replace(b, <<2>>, "x") end,
      replace_with: fn -> :binary.replace("a", "a", c) end,
      common_prefix: fn -> :binary.longest_common_prefix(["a", c]) end,
      common_suffix: fn -> :binary.longest_common_suffix([c]) end,
      binary_part_inside: fn -> :binary.part(b, 1, 1) end,
      binary_part_tail: fn -> :binary.part(b, 3, -1) end,
      binary_part_tuple: fn -> :binary.part(b, {2, 1}) end,
      binary_part_before: fn -> :binary.part(b, -1, 1) end,
      erlang_binary_part: fn -> :erlang.binary_part(b, 2, 1) end,
      erlang_binary_part_inside: fn -> :erlang.binary_part(b, 0, 2) end,
      split_binary: fn -> for n <- 0..4, do: (try do :erlang.split_binary(b, n) rescue e -> Exception.message(e) end) end,
      binary_to_list: fn -> :erlang.binary_to_list(b) end,
      binary_to_list3: fn -> {:erlang.binary_to_list(b, 1, 2), :erlang.binary_to_list(b, 1, 3)} end,
      binary_to_integer: fn -> :erlang.binary_to_integer(c) end,
      binary_to_integer2: fn -> :erlang.binary_to_integer(c, 10) end,
      binary_to_float: fn -> :erlang.binary_to_float(c) end,
      binary_to_atom: fn -> String.to_atom(b) end,
      iodata_length: fn -> IO.iodata_length([c]) end,
      iodata_to_binary: fn -> IO.iodata_to_binary([c]) end,
      iodata_to_binary_tail: fn -> IO.iodata_to_binary(["a" | c]) end,
      iolist_to_binary: fn -> :erlang.iolist_to_binary(c) end,
      list_to_binary: fn -> :erlang.list_to_binary([c]) end,
      list_to_bitstring: fn -> :erlang.list_to_bitstring([c, 2]) end,
      iolist_size: fn -> :erlang.iolist_size(c) end,
      printable: fn -> String.printable?(b) end,
      printable2: fn -> String.printable?(b, 2) end,
      string_split: fn -> String.split(b) end,
      string_split_regex: fn -> String.split(b, ~r/,/) end,
      string_duplicate: fn -> String.duplicate(b, 2) end,
      encode_hex: fn ->
        for n <- 1..26, do: (try do :binary.encode_hex(<<:binary.copy(<<7>>, n - 1)::binary, 1::4>>) rescue _ -> :error end)
      end
    ]

    for {name, f} <- cases do
      r = try do {:ok, f.()} rescue e -> {:error, Exception.message(e)} end
      IO.puts("#{name}: #{inspect(r)}")
    end
  end
end

Main.run()
