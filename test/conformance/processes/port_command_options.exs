# :erlang.port_command/3's options: :force needs a driver with soft busy, which the
# spawn and fd drivers lack (notsup); :nosuspend on a port that is not busy sends;
# anything else is a badarg naming the 3rd argument.
port = Port.open({:spawn, "cat"}, [:binary])

try_command = fn opts ->
  try do
    {:ok, Port.command(port, "x", opts)}
  rescue
    e -> {:raised, e}
  catch
    kind, reason -> {kind, reason}
  end
end

for opts <- [[], [:force], [:nosuspend], [:force, :nosuspend], [:bogus], [:nosuspend | :tail]] do
  IO.inspect(try_command.(opts), label: inspect(opts))
end

fd = Port.open({:fd, 0, 1}, [:binary])
IO.inspect((try do
  Port.command(fd, "", [:force])
rescue
  e -> e
end), label: "fd force")

Port.close(port)
IO.inspect(try_command.([:force]), label: "closed port, force")
