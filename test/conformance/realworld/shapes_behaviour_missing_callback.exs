# A module declares a behaviour (through `use`) but lacks one of its callbacks: the uncaught
# UndefinedFunctionError names the behaviour that expects it, before the "Did you mean" list
defmodule Shape do
  @callback area(term) :: number
  @callback name() :: String.t()
  defmacro __using__(_) do
    quote do
      @behaviour Shape
      def name, do: __MODULE__ |> Module.split() |> List.last() |> String.downcase()
      defoverridable name: 0
    end
  end
end

defmodule Extra do
  @callback extra() :: term
end

defmodule Circle do
  use Shape
  defstruct r: 1
  @impl true
  def area(%{r: r}), do: Float.round(:math.pi() * r * r, 3)
end

defmodule Tri do
  use Shape
  @behaviour Extra
  defstruct [:b, :h]
  def areaa(%{b: b, h: h}), do: b * h / 2
end

defmodule Geo do
  def describe(%mod{} = s), do: "#{mod.name()}: #{mod.area(s)}"
end

defmodule Main do
  def blamed(fun) do
    try do
      fun.()
    rescue
      e ->
        IO.puts("message: " <> Exception.message(e))
        {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
        IO.puts("blamed: " <> blamed.message)
    end
  end

  def run do
    IO.puts(Geo.describe(%Circle{r: 2}))
    # only the first @behaviour attribute is looked at
    blamed(fn -> apply(Tri, :extra, []) end)
    blamed(fn -> apply(Tri, :name, [1]) end)
    blamed(fn -> Geo.describe(%Tri{b: 1, h: 2}) end)
    Geo.describe(%Tri{b: 3, h: 4})
  end
end

Main.run()
