# a script whose process sends itself an exit signal with reason :normal dies of it, and elixir
# reports it as an EXIT (exit status 1); exit(:normal) in the script ends it quietly (found by
# scripts/fuzz-diff-try.mjs seed 9601)
defmodule Main do
def run do
{p, ref} = spawn_monitor(fn -> Process.exit(self(), :normal); IO.puts("survived in spawned") end)
receive do {:DOWN, ^ref, _, ^p, r} -> IO.inspect(r, label: "spawned") end
{p, ref} = spawn_monitor(fn -> Process.flag(:trap_exit, true); Process.exit(self(), :normal); receive do m -> IO.inspect(m |> elem(0), label: "trapping got") end end)
receive do {:DOWN, ^ref, _, ^p, r} -> IO.inspect(r, label: "trapping") end
{p, ref} = spawn_monitor(fn -> try do Process.exit(self(), :normal) catch k, v -> IO.inspect({k, v}) end; IO.puts("after") end)
receive do {:DOWN, ^ref, _, ^p, r} -> IO.inspect(r, label: "in try") end
IO.puts("main")
Process.exit(self(), :normal)
IO.puts("main survived")
end
end
Main.run()
