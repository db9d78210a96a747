# references read by binary_to_term (NEWER_REFERENCE_EXT): this node's, written with 3 words, and
# other nodes' (their node, creation and 0 to 5 words), how they print, compare and are written
# back. The first number of another node's reference is its node name's place in the atom table,
# so it is shown here as N. (A reference's text is printed through ref_to_list, as this folder's
# masking keeps pids only.)
defmodule Foreign do
  def ref(node, creation, words) do
    n = byte_size(node)
    ws = for w <- words, into: <<>>, do: <<w::32>>
    :erlang.binary_to_term(<<131, 90, length(words)::16, 100, n::16, node::binary, creation::32, ws::binary>>)
  end

  def show(r) when is_reference(r), do: List.to_string(:erlang.ref_to_list(r)) |> String.replace(~r/<[1-9]\d*(?=[.>])/, "<N")
  def show(list) when is_list(list), do: Enum.map_join(list, " ", &show/1)
end

r1 = Foreign.ref("foo@bar", 1, [1, 2, 3])
r2 = Foreign.ref("foo@bar", 1, [1, 2])
r3 = Foreign.ref("foo@bar", 2, [1, 2, 3])
r4 = Foreign.ref("baz@bar", 9, [1, 2, 3])
r5 = Foreign.ref("foo@bar", 1, [7])
r6 = Foreign.ref("foo@bar", 1, [3, 2, 1])
r7 = Foreign.ref("foo@bar", 1, [1, 2, 3, 4, 5])
r8 = Foreign.ref("foo@bar", 1, [1, 2, 3, 0, 0])
r9 = Foreign.ref("nonode@nohost", 4, [1, 2, 3])
r10 = Foreign.ref("foo@bar", 1, [])
r11 = Foreign.ref("foo@bar", 1, [0])
local = make_ref()
all = [r1, r2, r3, r4, r5, r6, r7, r9, r10, local]

for r <- all -- [local], do: IO.puts("#{Foreign.show(r)} #{node(r)} ref? #{is_reference(r)}")
IO.puts(Foreign.show(Enum.sort(all) |> Enum.map(&if(&1 == local, do: r11, else: &1))))
IO.inspect(Enum.sort(all) |> Enum.find_index(&(&1 == local)), label: "local's place")
IO.inspect({r1 == r2, r1 == r8, r1 === r8, r10 == r11, r1 == r3, r8 < r1, r1 < r8, r9 > local, r4 < r1}, label: "compare")
IO.inspect(map_size(Map.new(all ++ [r8, r11], &{&1, true})), label: "map keys")

for r <- [r1, r5, r8, r10], do: IO.inspect(:erlang.term_to_binary(r))
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(r7)) == r7, label: "foreign back")
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(local)) == local, label: "local back")
<<131, 90, 3::16, 100, 13::16, "nonode@nohost", 0::32, _::binary-size(12)>> = :erlang.term_to_binary(local)
IO.puts("local written with 3 words")

for words <- [[1, 2, 3], [1], [0, 0, 0], [3, 0]] do
  IO.puts(Foreign.show(Foreign.ref("nonode@nohost", 0, words)))
end
IO.inspect(Foreign.ref("nonode@nohost", 0, [1, 2, 3]) == Foreign.ref("nonode@nohost", 0, [1, 2, 3]), label: "local equal")

for {node, words} <- [{"nonode@nohost", []}, {"nonode@nohost", [9, 8, 7, 0]}, {"foo@bar", [1, 2, 3, 4, 5, 6]}] do
  try do
    Foreign.ref(node, 0, words)
  rescue
    err -> IO.puts(Exception.message(err))
  end
end
