# `mod.name` without parentheses on a module in a variable is a call; in the last position of a
# function it is a tail call (Elixir's case on the receiver ends in `V:name()`), so the caller
# leaves no frame, while the same call with more after it does
defmodule Greeter.En do
  def hello, do: "hello"
end

defmodule Plugins do
  def greeting(mod), do: mod.hello

  def shout(mod) do
    word = mod.hello
    String.upcase(word)
  end

  def all(mods), do: Enum.map(mods, fn m -> m.hello end)
end

IO.puts(Plugins.greeting(Greeter.En))
IO.puts(Plugins.shout(Greeter.En))

for f <- [&Plugins.greeting/1, &Plugins.shout/1] do
  try do
    f.(Greeter.Fr)
  rescue
    e in UndefinedFunctionError ->
      IO.puts(Exception.message(e))
      for {m, fun, a, _} <- __STACKTRACE__, m in [Plugins, Greeter.Fr], do: IO.inspect({m, fun, a})
  end
end

Plugins.all([Greeter.En, :nope])
