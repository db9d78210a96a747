# A raw GenServer.call to an Agent with a message it does not handle: FunctionClauseError at
# the line of Agent.Server.handle_call/3's first clause (lib/agent/server.ex:11)
defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    {:ok, a} = Agent.start_link(fn -> 0 end)
    try do
      GenServer.call(a, :bogus, 5000)
    catch
      :exit, {{reason, [top | _]}, _} -> IO.inspect({reason, top})
    end
    receive do {:EXIT, ^a, r} -> IO.inspect(r |> elem(0), label: "agent exit") after 2000 -> :none end
  end
end
Main.run()
