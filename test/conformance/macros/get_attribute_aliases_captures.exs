# Module.get_attribute/2 (in a module body and in a __before_compile__ macro) of attributes set
# to an alias, a remote capture, and lists, tuples and maps holding them: the values, not nil.
defmodule Helpers.Formatter do
  def fmt(x), do: "<#{x}>"
end

defmodule Config do
  defmacro __before_compile__(env) do
    repo = Module.get_attribute(env.module, :repo)
    handlers = Module.get_attribute(env.module, :handlers)
    quote do
      def repo, do: unquote(repo)
      def handler_names, do: unquote(Map.keys(handlers))
    end
  end
end

defmodule AttrConstants do
  alias Helpers.Formatter, as: F
  @before_compile Config
  @repo MyApp.Repo
  @target F
  @cap &String.upcase/1
  @handlers %{up: &String.upcase/1, fmt: &F.fmt/1}
  @pair {Helpers.Formatter, :fmt}
  @list [F, &String.reverse/1, :x | :tail]
  @kw [to: F, via: &Kernel.inspect/1]

  for name <- [:repo, :target, :cap, :handlers, :pair, :list, :kw] do
    IO.inspect(Module.get_attribute(__MODULE__, name), label: name)
  end

  IO.puts(Module.get_attribute(__MODULE__, :cap).("called"))
  IO.puts(Module.get_attribute(__MODULE__, :handlers).fmt.("x"))
  mod = Module.get_attribute(__MODULE__, :target)
  IO.puts(mod.fmt(1))
end

IO.inspect(AttrConstants.repo())
IO.inspect(AttrConstants.handler_names())
