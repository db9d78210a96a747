# Links with ports: the owner is linked to the port it opens (Process.info's :links shows the
# port after every pid), Process.unlink/1 and Process.link/1 take a port, any process may link to
# one, a linked process dying abnormally closes the port (its other links get the reason), closing
# a port signals :normal to whoever is linked, linking to a closed port is :noproc, and a bad
# message leaves the port open but sends its owner an exit signal :badsig, linked or not.
show = fn label ->
  receive do
    m -> IO.inspect(m, label: label)
  after
    100 -> IO.puts("#{label}: nothing")
  end
end

links = fn -> Process.info(self(), :links) |> elem(1) |> Enum.map(&if(is_port(&1), do: :port, else: :pid)) end
port_links = fn port -> Port.info(port, :links) |> elem(1) |> length() end

workers = for _ <- 1..3, do: spawn_link(fn -> Process.sleep(:infinity) end)
p = Port.open({:spawn, "cat"}, [:binary])
IO.inspect(links.(), label: "links after open")
q = Port.open({:spawn, "cat"}, [:binary])
IO.inspect(Process.info(self(), :links) |> elem(1) |> Enum.filter(&is_port/1) == [p, q], label: "ports in order")
IO.inspect(Process.unlink(p), label: "unlink port")
IO.inspect(links.(), label: "links after unlink")
IO.inspect(Port.info(p, :links), label: "port links after unlink")
IO.inspect(Process.link(p), label: "link port")
IO.inspect(port_links.(p), label: "port links after link")

Process.flag(:trap_exit, true)
me = self()
other = spawn(fn -> Process.link(p); send(me, :linked); receive do :go -> exit(:boom) end end)
receive do :linked -> :ok end
IO.inspect(port_links.(p), label: "port links with another")
send(other, :go)
show.("other died")
IO.inspect(Port.info(p), label: "port after")
IO.inspect(links.(), label: "links after port closed")

Port.close(q)
show.("owner closed")
r = Port.open({:spawn, "cat"}, [:binary])
send(r, {self(), :close})
show.("close message")
show.("close message")
s = Port.open({:spawn, "cat"}, [:binary])
spawn(fn -> Port.close(s) end)
show.("closed by another")
t = Port.open({:spawn, "cat"}, [:binary])
Process.unlink(t)
Port.close(t)
show.("unlinked close")

IO.inspect(Process.link(t), label: "link closed port")
show.("link closed port")
IO.inspect(Process.unlink(t), label: "unlink closed port")

u = Port.open({:spawn, "cat"}, [:binary])
send(u, {self(), :bad})
show.("bad message")
send(u, {self(), {:command, :not_iodata}})
show.("bad command")
# the emulator also reports the bad data through the logger, in the logger's own time
Process.sleep(300)
Logger.flush()
spawn(fn -> send(u, {self(), {:command, "x"}}) end)
show.("command from another")
Process.unlink(u)
send(u, :bad)
show.("bad message unlinked")
IO.inspect(Port.info(u, :links), label: "still open")
Port.command(u, "echo\n")
show.("data")

Process.flag(:trap_exit, false)
try do
  Process.link(t)
catch
  kind, reason -> IO.inspect({kind, reason}, label: "link closed port not trapping")
end
Enum.each(workers, &Process.unlink/1)
_ =
  spawn_monitor(fn ->
    v = Port.open({:spawn, "cat"}, [:binary])
    send(v, {self(), {:command, :bad}})
    Process.sleep(100)
    IO.puts("not reached")
  end)
receive do
  {:DOWN, _, :process, _, reason} -> IO.inspect(reason, label: "owner not trapping")
end
Process.sleep(300)
Logger.flush()
# a bad message (no report) kills the script itself
w = Port.open({:spawn, "cat"}, [:binary])
send(w, {self(), :bad})
Process.sleep(100)
IO.puts("not reached")
