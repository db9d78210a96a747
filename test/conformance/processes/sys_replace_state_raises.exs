# :sys.replace_state/2,3 with a fun that raises: the server lives on with its old state and the
# caller gets an ErlangError {:callback_failed, ...} raised in :sys.replace_state itself
# (sys.erl:160 / 171 in the stack trace).
defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _, n), do: {:reply, n, n}
end

defmodule Main do
  def attempt(label, f) do
    try do
      f.()
    rescue
      e ->
        IO.inspect(e, label: label)
        IO.inspect(hd(__STACKTRACE__), label: "raised in")
    end
  end

  def run do
    {:ok, agent} = Agent.start(fn -> %{hits: 0} end)
    {:ok, server} = GenServer.start(Counter, 10)
    attempt("agent", fn -> :sys.replace_state(agent, fn s -> Map.fetch!(s, :misses) end) end)
    attempt("server", fn -> :sys.replace_state(server, fn _ -> raise "no upgrade" end, 1000) end)
    attempt("throw", fn -> :sys.replace_state(server, fn _ -> throw(:nope) end) end)
    IO.inspect(Agent.get(agent, & &1))
    IO.inspect(GenServer.call(server, :get))
    IO.inspect(:sys.replace_state(server, &(&1 + 1)))
    IO.inspect(:sys.get_state(server, 1000))
    :sys.replace_state(server, fn _ -> exit(:gone) end)
  end
end

Main.run()
