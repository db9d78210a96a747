# Ports to external programs: cat, sh -c, sort, seq by lines, packets, exit statuses, env/cd,
# owners that stop or crash, monitors.
defmodule Collect do
  def until_exit(port, acc \\ []) do
    receive do
      {^port, {:data, d}} -> until_exit(port, [d | acc])
      {^port, {:exit_status, n}} -> {Enum.reverse(acc), n}
    after
      5000 -> {:timeout, Enum.reverse(acc)}
    end
  end

  def bytes(port, want, acc \\ "") do
    if byte_size(acc) >= want do
      acc
    else
      receive do
        {^port, {:data, d}} -> bytes(port, want, acc <> d)
      after
        5000 -> {:timeout, acc}
      end
    end
  end
end

cat = Port.open({:spawn, "cat"}, [:binary])
IO.inspect(cat)
IO.inspect(is_port(cat))
true = Port.command(cat, ["hello", ?\s, "port\n"])
IO.inspect(Collect.bytes(cat, 11))
send(cat, {self(), {:command, "again\n"}})
IO.inspect(Collect.bytes(cat, 6))
IO.inspect(Port.info(cat, :name))
IO.inspect(Port.info(cat, :connected) == {:connected, self()})
IO.inspect(Port.info(cat, :links) == {:links, [self()]})
IO.inspect({Port.info(cat, :input), Port.info(cat, :output)})
{:os_pid, os_pid} = Port.info(cat, :os_pid)
IO.inspect(is_integer(os_pid))
IO.inspect(Keyword.keys(Port.info(cat)))
IO.inspect(cat in Port.list())
send(cat, {self(), :close})
receive do
  {^cat, :closed} -> IO.puts("cat closed")
end
IO.inspect(Port.info(cat))
IO.inspect(cat in Port.list())
IO.inspect(try do Port.command(cat, "x") rescue e -> e end)
IO.inspect(try do Port.close(cat) rescue e -> e end)

# a list-mode port by lines, exit status
seq = Port.open({:spawn, "seq 1 5"}, [{:line, 80}, :exit_status])
IO.inspect(Collect.until_exit(seq))

long = Port.open({:spawn, "printf 'abcdefghij\\nxy'"}, [{:line, 4}, :binary, :exit_status])
IO.inspect(Collect.until_exit(long))

IO.inspect(Collect.until_exit(Port.open({:spawn, "sh -c 'echo out; exit 3'"}, [:exit_status, :binary])))
IO.inspect(Collect.until_exit(Port.open({:spawn_executable, "/bin/sh"}, [{:args, ["-c", "echo $GREETING from $(pwd)"]}, {:env, [{'GREETING', 'hi'}]}, {:cd, "/"}, :exit_status, :binary, :hide])))
IO.inspect(Collect.until_exit(Port.open({:spawn_executable, "/bin/sh"}, [{:args, ["-c", "echo ${HOME:-unset}"]}, {:env, [{'HOME', false}]}, :exit_status, :binary, :use_stdio])))
IO.inspect(Collect.until_exit(Port.open({:spawn, "sh -c 'echo err 1>&2'"}, [:exit_status, :stderr_to_stdout, :binary])))

# packets: sh answers with a 2-byte length header
pk = Port.open({:spawn, "printf '\\000\\003abc\\000\\002de'"}, [{:packet, 2}, :binary, :exit_status])
IO.inspect(Collect.until_exit(pk))

# cat fed lines, then its owner closes it
fed = Port.open({:spawn, "cat > /dev/null"}, [:binary, :eof])
for w <- ~w(pear apple fig), do: Port.command(fed, w <> "\n")
Port.close(fed)
IO.inspect(Port.info(fed))

# errors
IO.inspect(try do Port.open({:spawn_executable, "/nonexistent/program"}, []) rescue e -> e end)
IO.inspect(try do Port.open({:nope, "cat"}, []) rescue e -> e end)
IO.inspect(try do Port.open({:spawn, "cat"}, [:bogus]) rescue e -> e end)
IO.inspect(try do Port.open({:spawn, "cat"}, [{:packet, 3}]) rescue e -> e end)

# a GenServer owning a port
defmodule Upcase do
  use GenServer
  def start_link, do: GenServer.start_link(__MODULE__, nil)
  def call(pid, text), do: GenServer.call(pid, {:up, text})
  def init(nil) do
    script = "while read -r l; do echo \"$l\" | tr a-z A-Z; done"
    {:ok, Port.open({:spawn_executable, "/bin/sh"}, [:binary, {:line, 100}, {:args, ["-c", script]}])}
  end

  def handle_call({:up, text}, _from, port) do
    Port.command(port, text <> "\n")
    {:reply, answer(port), port}
  end

  defp answer(port) do
    receive do
      {^port, {:data, {:eol, line}}} -> line
    end
  end
end
{:ok, up} = Upcase.start_link()
IO.inspect(Upcase.call(up, "hello"))
IO.inspect(Upcase.call(up, "ports work"))

# the owner dies: the port closes, a monitor says why
parent = self()
owner = spawn(fn ->
  p = Port.open({:spawn, "cat"}, [:binary])
  send(parent, {:port, p})
  receive do :crash -> exit(:boom) end
end)
p = receive do {:port, p} -> p end
defmodule Watch do
  def down(p, then) do
    ref = Port.monitor(p)
    then.()
    receive do
      {:DOWN, ^ref, :port, ^p, reason} -> reason
    end
  end
end
IO.inspect({:down, Watch.down(p, fn -> send(owner, :crash) end)})
IO.inspect(Port.info(p))
IO.inspect({:down_again, Watch.down(p, fn -> :ok end)})

# a trapping owner gets the port's exit
Process.flag(:trap_exit, true)
t = Port.open({:spawn, "true"}, [])
receive do
  {:EXIT, ^t, reason} -> IO.inspect({:exit, reason})
end

# handing a port to another process
c = Port.open({:spawn, "cat"}, [:binary])
me = self()
other = spawn(fn -> receive do {^c, {:data, d}} -> send(me, {:other_got, d}) end end)
send(c, {self(), {:connect, other}})
receive do {^c, :connected} -> IO.puts("connected") end
IO.inspect(Port.info(c, :connected) == {:connected, other})
Port.command(c, "to the other\n")
receive do {:other_got, d} -> IO.inspect(d) end
