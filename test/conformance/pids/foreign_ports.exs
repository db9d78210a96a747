# ports read by binary_to_term (NEW_PORT_EXT, V4_PORT_EXT): this node's and other nodes', how they
# print, compare and are written back. The first number of another node's port is its node name's
# place in the atom table, so it is shown here as N (printed as `port<...>`, as output masking
# hides the text of ports).
defmodule Foreign do
  def port(tag, node, number, creation) do
    n = byte_size(node)
    nb = if tag == 120, do: <<number::64>>, else: <<number::32>>
    :erlang.binary_to_term(<<131, tag, 100, n::16, node::binary, nb::binary, creation::32>>)
  end

  def show(p) when is_port(p), do: inspect(p) |> String.replace(~r/<[1-9]\d*\./, "<N.") |> String.replace_prefix("#Port", "port")
  def show(list) when is_list(list), do: Enum.map_join(list, " ", &show/1)
end

p1 = Foreign.port(89, "foo@bar", 5, 1)
p2 = Foreign.port(89, "foo@bar", 5, 2)
p3 = Foreign.port(89, "baz@bar", 5, 3)
p4 = Foreign.port(89, "foo@bar", 4, 3)
p5 = Foreign.port(89, "nonode@nohost", 3, 1)
p6 = Foreign.port(120, "foo@bar", 0x100000000, 1)
l1 = Foreign.port(89, "nonode@nohost", 3, 0)
l2 = Foreign.port(120, "nonode@nohost", 0xFFFFFFF, 0)
all = [p1, p2, p3, p4, p5, p6, l1, l2]

for p <- all, do: IO.puts("#{Foreign.show(p)} #{node(p)} port? #{is_port(p)}")
IO.puts(Foreign.show(Enum.sort(all)))
IO.inspect({p1 < p2, p2 < p4, p3 < p1, l1 < p5, l2 < p5, p1 == Foreign.port(89, "foo@bar", 5, 1), p1 == p2, l1 == Foreign.port(89, "nonode@nohost", 3, 0)}, label: "compare")
for p <- all, do: IO.inspect(:erlang.term_to_binary(p))
IO.inspect(Enum.all?(all, &(:erlang.binary_to_term(:erlang.term_to_binary(&1)) == &1)), label: "back")

try do
  Foreign.port(89, "nonode@nohost", 0x10000000, 0)
rescue
  err -> IO.puts(Exception.message(err))
end
