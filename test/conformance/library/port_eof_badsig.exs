# A port with :eof tells {:exit_status, n} then :eof and stays open until closed; a command sent
# on behalf of a process that is not the port's owner sends the owner an exit signal :badsig (it dies of it).
p = Port.open({:spawn, "echo hi"}, [:eof, :exit_status, :binary])
for _ <- 1..3 do
  receive do
    m -> IO.inspect(m)
  after
    1000 -> IO.puts("none")
  end
end
IO.inspect(Port.info(p, :name))
Port.close(p)
IO.inspect(Port.info(p))

other = spawn(fn -> receive do _ -> :ok end end)
port = Port.open({:spawn, "cat"}, [])
IO.inspect(send(port, {other, {:command, 'x'}}))
Process.sleep(100)
IO.puts("not reached")
