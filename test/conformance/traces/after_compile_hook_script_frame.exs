# a module's @after_compile hook of another module raises while the script's top level defines
# the module (not in a tail call): the script's frame shows below the fold over the hooks, as
# elixir_module's 3 frames between leave room for it
defmodule Registry.Check do
  def __after_compile__(env, _bytecode) do
    raise ArgumentError, "#{inspect(env.module)} has no routes"
  end
end

IO.puts("defining Router")

defmodule Router do
  @after_compile Registry.Check
  def routes, do: []
end

IO.puts("never reached")
