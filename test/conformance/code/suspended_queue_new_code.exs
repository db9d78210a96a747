# R16: a suspended server queues calls and casts; after resume they are handled by the new code
defmodule Main do
  def src(v) do
    """
    defmodule Q do
      use GenServer
      def init(l), do: {:ok, l}
      def handle_cast({:add, x}, l), do: {:noreply, [{#{v}, x} | l]}
      def handle_call(:all, _f, l), do: {:reply, Enum.reverse(l), l}
    end
    """
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    {:ok, pid} = GenServer.start(Q, [], name: :q)
    GenServer.cast(:q, {:add, :a})
    IO.inspect(:sys.suspend(:q))
    GenServer.cast(:q, {:add, :b})
    GenServer.cast(:q, {:add, :c})
    caller = Task.async(fn -> GenServer.call(:q, :all) end)
    Process.sleep(50)
    IO.inspect(Task.yield(caller, 0), label: "call while suspended")
    IO.inspect(Process.info(pid, :message_queue_len), label: "queued")
    Code.compile_string(src(2))
    IO.inspect(:sys.resume(:q))
    IO.inspect(Task.await(caller), label: "after resume")
  end
end

Main.run()
