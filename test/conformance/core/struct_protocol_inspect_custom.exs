defmodule Temperature do
  defstruct [:value, unit: :c]

  def to_f(%Temperature{unit: :f} = t), do: t
  def to_f(%Temperature{value: v, unit: :c}), do: %Temperature{value: v * 9 / 5 + 32, unit: :f}

  defimpl Inspect do
    def inspect(%{value: v, unit: u}, _opts), do: "#Temperature<#{v}°#{u |> Atom.to_string() |> String.upcase()}>"
  end

  defimpl String.Chars do
    def to_string(%{value: v, unit: u}), do: "#{v} #{u}"
  end
end

defmodule Main do
  def run do
    t = %Temperature{value: 100}
    IO.inspect(t)
    IO.inspect(Temperature.to_f(t))
    IO.puts(t)
    IO.puts("It is #{Temperature.to_f(%Temperature{value: -40})}")
    IO.inspect(%{reading: t, list: [t, Temperature.to_f(t)]})
    IO.inspect([t], structs: false)
  end
end

Main.run()
