# Elixir expands %Mod{k: v} to a map literal (the struct's defaults and the fields given): OTP's
# compiler knows its value as it knows any literal's, in a variable and in a fn that closes over one
defmodule Point do
  defstruct x: 0, y: 0, tags: [], meta: %{}
end

defmodule Holder do
  defstruct pid: nil, f: &Enum.map/2
end

defmodule Checks do
  def fetch_missing do
    p = %Point{x: 1}
    Map.fetch!(p, :z)
  end

  def in_closure(run) do
    p = %Point{x: 1, y: 2}
    run.(fn -> Map.fetch!(p, :z) end)
  end

  def direct, do: Map.fetch!(%Holder{}, :nope)
  def from_argument(x), do: Map.fetch!(%Point{x: x}, :nope)

  def element do
    p = %Point{x: 1}
    elem(p, 0)
  end

  def arithmetic do
    p = %Point{}
    p + 1
  end

  def length_of, do: length(%Point{})

  def truthy do
    p = %Point{}
    p && p.x
  end

  def fine do
    p = %Point{x: 1}
    {p.x, Map.get(p, :z), Map.fetch(p, :x), is_map(p), map_size(p), Map.fetch!(p, :y)}
  end
end

IO.inspect(Checks.fine())
IO.inspect(Checks.truthy())
