defmodule Units do
  @moduledoc "Unit conversions generated at compile time."
  @dialyzer {:nowarn_function, convert: 3}

  @table [
    {:mm, 0.001}, {:cm, 0.01}, {:m, 1.0}, {:km, 1000.0},
    {:in, 0.0254}, {:ft, 0.3048}, {:mi, 1609.344}
  ]

  @typedoc "a length unit"
  @type unit :: unquote(Enum.reduce(Enum.map(@table, &elem(&1, 0)), fn u, acc -> {:|, [], [u, acc]} end))

  for {unit, f} <- @table do
    @doc "metres in one #{unit}"
    @spec factor(unquote(unit)) :: float
    def factor(unquote(unit)), do: unquote(f)
  end
  def factor(other), do: raise(ArgumentError, "unknown unit #{inspect(other)}")

  @spec convert(number, unit, unit) :: float
  def convert(x, from, to), do: x * factor(from) / factor(to)

  @units Enum.map(@table, &elem(&1, 0))
  def units, do: @units
  defguard is_unit(u) when u in @units
end

defmodule Shape do
  defmacro __using__(_) do
    quote do
      def describe, do: "#{inspect(__MODULE__)} with #{sides()} sides"
      def sides, do: 0
      defoverridable sides: 0, describe: 0
    end
  end
end

defmodule Triangle do
  use Shape
  def sides, do: 3
end

defmodule Square do
  use Shape
  def sides, do: 4
  def describe, do: String.upcase(super())
end

defmodule Geo do
  defdelegate convert(x, from, to), to: Units
  defdelegate sides_of_triangle, to: Triangle, as: :sides
  import Units, only: [is_unit: 1]

  def safe(x, from, to) when is_unit(from) and is_unit(to), do: {:ok, convert(x, from, to)}
  def safe(_, from, to), do: {:error, Enum.reject([from, to], &(&1 in Units.units()))}

  @attr_fun Enum.map(1..3, &(&1 * &1))
  def squares, do: @attr_fun

  Module.register_attribute(__MODULE__, :checks, accumulate: true)
  @checks :a
  @checks :b
  def checks, do: @checks

  @version Mix.Project |> Code.ensure_loaded?() |> then(fn _ -> "1.0" end)
  def version, do: @version
end

IO.inspect(Units.convert(5, :km, :mi))
IO.inspect(Units.convert(12, :in, :ft))
IO.inspect(Geo.convert(1, :m, :cm))
IO.inspect(Geo.safe(3, :ft, :m))
IO.inspect(Geo.safe(3, :furlong, :parsec))
IO.inspect(Geo.squares())
IO.inspect(Geo.checks())
IO.inspect(Geo.version())
IO.inspect(Geo.sides_of_triangle())
IO.puts(Triangle.describe())
IO.puts(Square.describe())
IO.inspect(Units.units())
IO.inspect(Units.__info__(:functions) |> Enum.sort())
IO.inspect(Units.__info__(:macros))
IO.inspect(function_exported?(Units, :factor, 1))
IO.inspect(macro_exported?(Units, :is_unit, 1))
IO.inspect(Code.ensure_loaded?(Units))
IO.inspect(Units.module_info(:module))
{:docs_v1, _, :elixir, _, %{"en" => mdoc}, _, _} = Code.fetch_docs(Units) |> then(fn
  {:error, _} = e -> {:docs_v1, nil, :elixir, nil, %{"en" => inspect(e)}, nil, nil}
  d -> d
end)
IO.inspect(mdoc)
Units.convert(1, :m, :league)
