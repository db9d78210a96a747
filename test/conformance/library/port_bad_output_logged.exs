# Data that is no iodata for an open port, through port_command or a {pid, {:command, data}}
# message: the emulator reports "Bad value on output port 'NAME'" to the logger (port_command
# then raises badarg, the message sends its sender's exit signal :badsig); a closed port only
# raises. (Each report is waited for: the logger prints it in its own time.)
defmodule Main do
  def settle do
    Process.sleep(300)
    Logger.flush()
  end

  def attempt(f) do
    try do
      f.()
    catch
      k, e -> {k, e}
    end
  end

  def run do
    Process.flag(:trap_exit, true)
    port = Port.open({:spawn, "cat"}, [:binary])
    r = attempt(fn -> Port.command(port, :bad) end)
    settle()
    IO.inspect(r, label: "port_command of an atom")
    r = attempt(fn -> :erlang.port_command(port, [1, "ok", :bad], [:nosuspend]) end)
    settle()
    IO.inspect(r, label: "port_command/3 of a list with an atom")
    send(port, {self(), {:command, {:not, :iodata}}})
    settle()
    receive do
      m -> IO.inspect(m, label: "after a bad command message")
    after
      1000 -> IO.puts("no message")
    end
    IO.inspect(Port.info(port, :name), label: "the port stays")
    true = Port.close(port)
    IO.inspect(attempt(fn -> Port.command(port, :bad) end), label: "closed port")
    settle()
  end
end

Main.run()
