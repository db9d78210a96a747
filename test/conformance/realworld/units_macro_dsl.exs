defmodule Units do
  @conversions [
    length: [m: 1.0, km: 1000.0, cm: 0.01, mm: 0.001, mi: 1609.344, ft: 0.3048, in: 0.0254],
    mass: [kg: 1.0, g: 0.001, lb: 0.45359237, oz: 0.028349523125],
    time: [s: 1, min: 60, h: 3600, day: 86400]
  ]

  for {dimension, units} <- @conversions, {unit, factor} <- units do
    def to_base(value, unquote(unit)), do: {unquote(dimension), value * unquote(factor)}
    def from_base(value, unquote(unit)), do: value / unquote(factor)
    def dimension(unquote(unit)), do: unquote(dimension)
  end

  def to_base(_value, unit), do: raise(ArgumentError, "unknown unit #{inspect(unit)}")

  def convert(value, from, to) do
    case {dimension(from), dimension(to)} do
      {d, d} ->
        {^d, base} = to_base(value, from)
        {:ok, from_base(base, to)}
      {d1, d2} -> {:error, "cannot convert #{d1} to #{d2}"}
    end
  end

  def units, do: unquote(for {_, us} <- @conversions, {u, _} <- us, do: u)

  defmacro sigil_q({:<<>>, _, [text]}, []) do
    [num, unit] = String.split(text)
    {n, ""} = Float.parse(num)
    u = String.to_atom(unit)
    quote do: {unquote(n), unquote(u)}
  end
end

defmodule Pipeline do
  defmacro step(name, do: body) do
    quote do
      @steps unquote(name)
      def unquote(:"run_#{name}")(var!(acc)), do: unquote(body)
    end
  end

  defmacro __using__(_) do
    quote do
      import Pipeline
      Module.register_attribute(__MODULE__, :steps, accumulate: true)
      @before_compile Pipeline
    end
  end

  defmacro __before_compile__(env) do
    steps = Module.get_attribute(env.module, :steps) |> Enum.reverse()
    calls = for s <- steps, do: quote(do: &(unquote(Macro.var(:"run_#{s}", nil)) / 1))
    quote do
      def steps, do: unquote(steps)
      def run(input), do: Enum.reduce(unquote(calls), input, fn f, acc -> f.(acc) end)
    end
  end
end

defmodule TextCleaner do
  use Pipeline

  step :trim, do: String.trim(acc)
  step :collapse, do: String.replace(acc, ~r/\s+/, " ")
  step :capitalize, do: acc |> String.split(" ") |> Enum.map_join(" ", &String.capitalize/1)
  step :exclaim, do: acc <> "!"
end

defmodule Main do
  import Units, only: [sigil_q: 2]

  def run do
    IO.inspect(Units.convert(5, :km, :mi), label: "5 km in mi")
    IO.inspect(Units.convert(2, :h, :s), label: "2 h in s")
    IO.inspect(Units.convert(1, :lb, :oz), label: "1 lb in oz")
    IO.inspect(Units.convert(1, :kg, :m), label: "kg to m")
    IO.inspect(Units.units(), label: "units")
    IO.inspect(~q(12.5 ft), label: "sigil")
    {v, u} = ~q(3.0 mi)
    IO.inspect(Units.convert(v, u, :km), label: "3 mi in km")
    IO.inspect(Units.to_base(3, :day))
    try do
      Units.to_base(1, :parsec)
    rescue
      e -> IO.puts("error: " <> Exception.message(e))
    end
    try do
      Units.dimension(:parsec)
    rescue
      e in FunctionClauseError -> IO.puts("no clause: #{e.function}/#{e.arity}")
    end

    IO.inspect(TextCleaner.steps(), label: "steps")
    IO.inspect(TextCleaner.run("   hello    big\n\tworld  "))
    IO.inspect(Units.__info__(:functions) |> Enum.sort(), label: "functions")
    IO.inspect(Macro.expand(quote(do: Units.sigil_q(<<"1 kg">>, [])), __ENV__), label: "expanded")

    try do
      Macro.expand(quote(do: Units.sigil_q("1 kg", [?x])), __ENV__)
    rescue
      e in FunctionClauseError ->
        IO.puts("expanding: " <> Exception.message(e))
        IO.inspect(hd(__STACKTRACE__), label: "raised in")
    end
  end
end

Main.run()
