defmodule Units do
  @units %{km: 1000, m: 1, cm: 0.01, mm: 0.001}
  @sorted @units |> Enum.sort_by(fn {_, v} -> v end) |> Enum.map(&elem(&1, 0))

  for {unit, factor} <- @units do
    def to_meters(value, unquote(unit)), do: value * unquote(factor)
  end

  def units, do: @sorted

  Module.put_attribute(__MODULE__, :computed, Enum.sum(Map.values(@units)))
  def computed, do: @computed

  @lines File.read!(__ENV__.file) |> String.split("\n") |> length()
  def source_lines, do: @lines > 10

  @primes (for n <- 2..50, Enum.all?(2..max(2, n - 1)//1, fn d -> d == n or rem(n, d) != 0 end), do: n)
  def primes, do: @primes

  @doc "doc for table"
  @table Map.new(1..5, fn i -> {i, i * i} end)
  def square(i), do: Map.fetch!(@table, i)

  IO.inspect(Module.get_attribute(__MODULE__, :units) |> map_size(), label: "compile")
  IO.inspect(Module.has_attribute?(__MODULE__, :table), label: "has table")
  IO.inspect(Module.has_attribute?(__MODULE__, :nope), label: "has nope")
  Module.delete_attribute(__MODULE__, :primes)
  IO.inspect(Module.get_attribute(__MODULE__, :primes), label: "deleted")
  IO.inspect(Module.defines?(__MODULE__, {:square, 1}), label: "defines square")
  IO.inspect(Module.defines?(__MODULE__, {:later, 0}), label: "defines later")
  def later, do: :ok
  IO.inspect(Module.open?(__MODULE__), label: "open")
end

defmodule Acc do
  Module.register_attribute(__MODULE__, :hooks, accumulate: true, persist: true)
  @hooks :a
  @hooks :b
  @hooks [:c, :d]
  def hooks, do: @hooks
  Module.put_attribute(__MODULE__, :hooks, :e)
  def hooks2, do: @hooks
end

IO.inspect(Units.to_meters(3, :km))
IO.inspect(Units.to_meters(250, :cm))
IO.inspect(Units.units())
IO.inspect(Units.computed())
IO.inspect(Units.source_lines())
IO.inspect(Units.primes())
IO.inspect(Units.square(4))
IO.inspect(Acc.hooks())
IO.inspect(Acc.hooks2())
IO.inspect(Acc.__info__(:attributes) |> Keyword.get_values(:hooks))
IO.inspect(Module.open?(Units))
