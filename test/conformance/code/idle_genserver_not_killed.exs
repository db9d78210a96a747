# An idle GenServer waits inside gen_server, not in its callback module: purge does not kill it
defmodule Main do
  def src(v) do
    """
    defmodule Idle do
      use GenServer
      def init(n), do: {:ok, n}
      def handle_call(:get, _f, n), do: {:reply, {#{v}, n}, n + 1}
    end
    """
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    {:ok, pid} = GenServer.start(Idle, 0)
    IO.inspect(GenServer.call(pid, :get))
    Code.compile_string(src(2))
    IO.inspect(:erlang.check_process_code(pid, Idle), label: "idle server on old code")
    IO.inspect(:code.purge(Idle), label: "purge")
    IO.inspect(Process.alive?(pid))
    IO.inspect(GenServer.call(pid, :get), label: "next call uses new code")
    Code.compile_string(src(3))
    Code.compile_string(src(4))
    IO.inspect(GenServer.call(pid, :get))
  end
end

Main.run()
