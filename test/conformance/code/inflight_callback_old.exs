# R11: a GenServer inside an old-version callback finishes it in the old code
defmodule Main do
  def src(v) do
    """
    defmodule Slowpoke do
      use GenServer
      def init(n), do: {:ok, n}
      def handle_call({:work, parent}, _f, n) do
        send(parent, :in_callback)
        receive do: (:continue -> :ok)
        {:reply, {:done_by, #{v}}, n + #{v}}
      end
      def handle_call(:get, _f, n), do: {:reply, {#{v}, n}, n}
    end
    """
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    {:ok, pid} = GenServer.start(Slowpoke, 0)
    main = self()
    caller = Task.async(fn -> GenServer.call(pid, {:work, main}) end)
    receive do: (:in_callback -> :ok)
    Code.compile_string(src(2))
    IO.inspect(:erlang.check_process_code(pid, Slowpoke), label: "server runs old code")
    send(pid, :continue)
    IO.inspect(Task.await(caller), label: "in-flight call")
    IO.inspect(GenServer.call(pid, :get), label: "next call")
    IO.inspect(:erlang.check_process_code(pid, Slowpoke), label: "server runs old code now")
  end
end

Main.run()
