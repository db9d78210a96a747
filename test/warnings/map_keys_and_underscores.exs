# duplicated literal keys in a map; an underscored variable twice in one match
defmodule Keys do
  def a({_x, _x}), do: %{a: 1, b: 2, a: 3}
  def a(_), do: %{"k" => 1, "k" => 2, 1 => :one, 1 => :uno}
  def b(x, m) do
    {_same, _same, _same} = x
    %{m | a: 1, a: 2}
  end
  def c({_two, _two}, [_three, _three, _three], {_four, _four, _four, _four}), do: :ok
end
m = %{z: 1, z: 2}
IO.inspect({m, Keys.a({1, 1})})
