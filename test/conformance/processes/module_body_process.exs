# A module body runs in the process that compiles it (the script's, Code.compile_string's caller):
# self(), the dictionary, trap_exit, messages and the ETS tables it owns are the same throughout.
me = self()
Process.put(:before, :script)

defmodule M do
  :ets.new(:t, [:named_table, :public])
  :ets.insert(:t, {1, 2})
  IO.inspect(:ets.lookup(:t, 1), label: "same table on the next expression")
  IO.inspect(Process.get(:before), label: "script's dictionary")
  Process.put(:k, 1)
  IO.inspect(Process.get(:k), label: "put then get")
  p = self()
  IO.inspect(p == self(), label: "self() stable")
  Process.put(:mod_self, self())
  Process.flag(:trap_exit, true)
  spawn_link(fn -> exit(:boom) end)
  receive do
    {:EXIT, _, reason} -> IO.inspect(reason, label: "trapped")
  end
  send(self(), :from_body)
  {:ok, agent} = Agent.start_link(fn -> 41 end)
  Agent.update(agent, &(&1 + 1))
  IO.inspect(Agent.get(agent, & &1), label: "agent")
  Process.put(:agent, agent)
  def f, do: :ets.lookup(:t, 1)
end

IO.inspect(Process.get(:mod_self) == me, label: "body's self() is the script's")
IO.inspect(Process.get(:k), label: "body's dictionary")
IO.inspect(Process.flag(:trap_exit, false), label: "body's trap_exit")
IO.inspect(M.f(), label: "table alive after the body")
IO.inspect(:ets.info(:t, :owner) == me, label: "owner")
IO.inspect(Process.alive?(Process.get(:agent)), label: "linked agent alive")

receive do
  :from_body -> IO.puts("message sent by the body")
after
  0 -> IO.puts("no message")
end

defmodule Slow do
  Process.sleep(5)
  receive do
    :never -> :ok
  after
    5 -> IO.puts("receive after in a body")
  end
end

Code.compile_string("""
defmodule B do
  Process.put(:from_b, self())
  :ets.new(:bt, [:named_table])
end
""")

IO.inspect(Process.get(:from_b) == me, label: "Code.compile_string body")
IO.inspect(:ets.info(:bt, :owner) == me, label: "its table")
{r, _} = Code.eval_string("defmodule C do Process.put(:c, 3) end; Process.get(:c)")
IO.inspect(r, label: "Code.eval_string")
