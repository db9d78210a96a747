# A socket is a port term: its type tests, its place in term order (after references and funs,
# before pids), equality, and what the protocols and :erlang.port_info say of it.
{:ok, port} = :gen_tcp.listen(0, [])
{:ok, other} = :gen_udp.open(0)

type = fn
  x when is_port(x) -> :port
  x when is_pid(x) -> :pid
  x when is_reference(x) -> :reference
  x when is_function(x) -> :fun
  x when is_atom(x) -> :atom
  x when is_tuple(x) -> :tuple
  x when is_number(x) -> :number
end

terms = [self(), {1}, port, make_ref(), fn -> :ok end, :atom, 3]
IO.inspect(terms |> Enum.sort() |> Enum.map(type), label: "term order")
IO.inspect({port == port, port == other, port < self(), port > make_ref()}, label: "comparisons")
IO.inspect({is_port(port), is_port(self()), is_pid(port)}, label: "type tests")
IO.inspect(Enum.member?(Port.list(), port), label: "Port.list/0 has it")
IO.inspect(Port.info(port, :name), label: "name")
IO.inspect(Port.info(other, :name), label: "udp name")
IO.inspect(Port.info(port, :connected) == {:connected, self()}, label: "connected to its owner")
IO.inspect(Map.get(%{port => :found}, port), label: "a map key")
IO.inspect(:erlang.phash2(port) == :erlang.phash2(port), label: "phash2 is stable")

try do
  to_string(port)
rescue
  e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
end

IO.inspect(Port.close(port), label: "Port.close")
IO.inspect(Port.info(port), label: "Port.info after close")
IO.inspect((try do Port.close(port) rescue e -> e end), label: "Port.close again")
