# pids of other nodes read by binary_to_term (NEW_PID_EXT, PID_EXT): how they print, compare, hash,
# are written back, and what the process BIFs do with them on a node that is not distributed.
# The first number of a foreign pid's text is its node name's place in the atom table, so it is
# shown here as N, with what is known of it: above 0, one per node name, later names higher.
defmodule Foreign do
  def pid(node, number, serial, creation) do
    n = byte_size(node)
    :erlang.binary_to_term(<<131, 88, 100, n::16, node::binary, number::32, serial::32, creation::32>>)
  end

  def old_pid(node, number, serial, creation) do
    n = byte_size(node)
    :erlang.binary_to_term(<<131, 103, 100, n::16, node::binary, number::32, serial::32, creation::8>>)
  end

  def show(t), do: inspect(t) |> String.replace(~r/<[1-9]\d*\./, "<N.")

  def channel(p) do
    [n | _] = String.split(String.trim_leading(inspect(p), "#PID<"), ".")
    String.to_integer(n)
  end
end

a = Foreign.pid("foo@bar", 5, 1, 7)
b = Foreign.pid("baz@bar", 6, 2, 3)
c = Foreign.pid("foo@bar", 6, 2, 8)
d = Foreign.pid("aaa@bar", 1, 0, 1)
e = Foreign.pid("zzz@bar", 1, 0, 1)
f = Foreign.pid("foo@bar", 5, 1, 2)
g = Foreign.pid("foo@bar", 4, 9, 7)
h = Foreign.pid("nonode@nohost", 200, 0, 0)
i = Foreign.pid("nonode@nohost", 3, 0, 0)
j = Foreign.pid("nonode@nohost", 3, 0, 5)
big = Foreign.pid("foo@bar", 100_000, 70_000, 1)
all = [a, b, c, d, e, f, g, h, i, j, big]

for p <- all, do: IO.puts("#{Foreign.show(p)} #{node(p)} pid? #{is_pid(p)}")
IO.puts(Foreign.show(Enum.sort(all ++ [self()])))
IO.inspect({a < f, f < a, b < a, i < j, j < i, d < i, e < i, i < e, h < a}, label: "order")
IO.inspect({a == f, a == Foreign.pid("foo@bar", 5, 1, 7), i == j, a === Foreign.pid("foo@bar", 5, 1, 7)}, label: "equal")
IO.inspect(map_size(Map.new(all, &{&1, true})), label: "map keys")
IO.inspect(length(Enum.uniq(all ++ [Foreign.pid("foo@bar", 5, 1, 7)])), label: "uniq")

ca = Foreign.channel(a)
IO.inspect({ca > 0, ca == Foreign.channel(c), ca == Foreign.channel(f), Foreign.channel(b) > ca, Foreign.channel(d) > Foreign.channel(b), Foreign.channel(j)}, label: "channels")

for p <- [a, f, j, big], do: IO.inspect(:erlang.term_to_binary(p))
IO.inspect(:erlang.term_to_binary(self()), label: "self")
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(self())) == self(), label: "self back")
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(a)) == a, label: "foreign back")
IO.puts(Foreign.show(Foreign.old_pid("foo@bar", 1, 0, 3)))
IO.inspect(:erlang.term_to_binary(Foreign.old_pid("foo@bar", 1, 0, 3)), label: "PID_EXT written")
IO.puts(Foreign.show(Foreign.pid("nonode@nohost", 32_767, 0, 0)))
IO.puts(Foreign.show(Foreign.pid("nonode@nohost", 5, 8191, 0)))
IO.puts(Foreign.show(Foreign.pid("nonode@nohost", 32_768, 0, 1)))

for {number, serial} <- [{32_768, 0}, {5, 8192}] do
  try do
    Foreign.pid("nonode@nohost", number, serial, 0)
  rescue
    err -> IO.puts(Exception.message(err))
  end
end

IO.inspect(for(p <- [a, f, b, c, big], do: :erlang.phash2(p)), label: "phash2")
IO.inspect(:erlang.phash2(self()) == :erlang.phash2(Foreign.pid("foo@bar", 96, 0, 1)), label: "phash2 of the number")
IO.puts(Foreign.show(:erlang.pid_to_list(a)))
IO.puts(:io_lib.format(~c"~p ~w", [a, a]) |> IO.iodata_to_binary() |> String.replace(~r/<[1-9]\d*\./, "<N."))
IO.inspect(:erlang.external_size(a), label: "external_size")

send(a, :dropped)
IO.puts("sent")
ref = Process.monitor(a)
receive do
  {:DOWN, ^ref, :process, pid, reason} -> IO.puts("DOWN #{Foreign.show(pid)} #{inspect(reason)}")
after
  100 -> IO.puts("no DOWN")
end

for fun <- [&Process.alive?/1, &Process.info/1] do
  try do
    fun.(a)
  rescue
    err -> IO.puts(Exception.message(err))
  end
end

Process.flag(:trap_exit, true)
IO.inspect(Process.link(a), label: "link")
receive do
  {:EXIT, pid, reason} -> IO.puts("EXIT #{Foreign.show(pid)} #{inspect(reason)}")
after
  100 -> IO.puts("no EXIT")
end
IO.inspect(Process.unlink(a), label: "unlink")
IO.inspect(Process.exit(a, :kill), label: "exit")
