# `term.key` on a term that is neither a map nor a module raises KeyError with Elixir's hint about
# the dot syntax; `term.f()` on a non-atom fails in :erlang.apply/3 (ArgumentError, 1st argument).
# Both from a script's top level, from a module's function (run enough to be JIT-compiled) and
# through apply/3.
defmodule Dot do
  def field(m), do: m.zz
  def call(m), do: m.f()
  def call2(m, a, b), do: m.g(a, b)
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + field(%{zz: 1}))
end

show = fn f ->
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  catch
    k, r -> IO.inspect({k, r})
  end
end

IO.inspect(Dot.loop(20_000, 0))
m = 5
show.(fn -> m.zz end)
for t <- [5, "s", [1], {1}, 1.5, self(), make_ref()] do
  show.(fn -> Dot.field(t) end)
  try do
    Dot.field(t)
  catch
    :error, {:badkey, :zz, ^t} -> IO.puts("badkey tuple")
  end
end
IO.inspect(Dot.field(%{zz: :ok}))
show.(fn -> Dot.field(%{}) end)
show.(fn -> Dot.field(nil) end)
mod = 5
show.(fn -> mod.f() end)
for t <- [7, "x", [], {:m}] do
  show.(fn -> Dot.call(t) end)
  show.(fn -> Dot.call2(t, 1, 2) end)
  show.(fn -> apply(t, :f, [1]) end)
  try do
    Dot.call(t)
  catch
    :error, :badarg ->
      [{m, f, a, info} | _] = __STACKTRACE__
      IO.inspect({m, f, a, info})
  end
end
show.(fn -> Dot.call(:no_such_module_here) end)
show.(fn -> nil.zz end)
show.(fn -> false.zz end)
show.(fn -> nil.zz() end)
Dot.field(42)
