# Data sent between processes is copied: changes in one process never show in another
defmodule Main do
  def run do
    parent = self()
    data = %{list: Enum.to_list(1..5), nested: %{k: "v"}}
    pid = spawn(fn ->
      receive do
        {:data, d} ->
          d2 = put_in(d, [:nested, :k], "changed in child")
          send(parent, {:child_view, d2})
      end
    end)
    send(pid, {:data, data})
    receive do: ({:child_view, d} -> IO.inspect(d.nested, label: "child"))
    IO.inspect(data.nested, label: "parent")
    captured = "captured string"
    spawn(fn -> send(parent, {:closure, captured <> "!"}) end)
    receive do: ({:closure, s} -> IO.inspect(s))
    f = fn x -> x * 3 end
    spawn(fn -> send(parent, {:fun_result, f.(14)}) end)
    receive do: ({:fun_result, r} -> IO.inspect(r))
    spawn(fn -> send(parent, {:fun, fn -> :made_in_child end}) end)
    receive do: ({:fun, g} -> IO.inspect(g.()))
  end
end

Main.run()
