# R8/R9: a loop that tail-calls __MODULE__.loop() moves to the new version at its next message;
# the message that triggers the switch is still served by the old clause
defmodule Main do
  def src(v) do
    """
    defmodule Server do
      def start, do: spawn(fn -> Server.loop(0) end)
      def loop(n) do
        receive do
          {:get, from} ->
            send(from, {:reply, #{v}, n})
            __MODULE__.loop(n + #{v})
        end
      end
    end
    """
  end

  def get(pid) do
    send(pid, {:get, self()})
    receive do: ({:reply, v, n} -> {v, n})
  end

  def run do
    Code.compile_string(src(1))
    pid = Server.start()
    IO.inspect(get(pid))
    IO.inspect(get(pid))
    Code.compile_string(src(10))
    IO.inspect(:erlang.check_process_code(pid, Server), label: "on old code while blocked")
    IO.inspect(get(pid), label: "served by old clause")
    IO.inspect(:erlang.check_process_code(pid, Server), label: "on old code after remote call")
    IO.inspect(get(pid), label: "served by new clause")
    IO.inspect(:code.soft_purge(Server), label: "soft_purge")
    IO.inspect(Process.alive?(pid))
  end
end

Main.run()
