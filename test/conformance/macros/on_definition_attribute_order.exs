# @on_definition: Elixir expands the clause (its @attr reads) before the hooks run, so what a hook
# puts is seen by the definitions after it, not by the one it is called for
defmodule Tracking do
  def __on_definition__(env, kind, name, args, _guards, _body) do
    Module.put_attribute(env.module, :seen, {kind, name, length(args)})
    Module.put_attribute(env.module, :last, name)
  end
end

defmodule Tracked do
  Module.register_attribute(__MODULE__, :seen, accumulate: true)
  @last :none
  @on_definition Tracking
  def a(x), do: {x, @last}
  def b, do: @last
  defp c, do: @seen
  def c_pub, do: c()
  def seen, do: @seen
  def last, do: @last
end

IO.inspect(Tracked.a(1))
IO.inspect(Tracked.b())
IO.inspect(Tracked.c_pub())
IO.inspect(Tracked.seen())
IO.inspect(Tracked.last())
