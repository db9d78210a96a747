# OTP's compiler evaluates map_get/2 and is_map_key/2 on constant arguments (Map.fetch!/2 and
# :maps.get/2 become map_get/2; a map literal is a constant) and warns about those that fail
defmodule FailingMapCalls do
  def a, do: :erlang.map_get(:k, 1)
  def b, do: Map.get(%{}, :k)
  def c, do: :erlang.is_map_key(:k, 1)
  def d, do: :maps.get(:k, %{})
  def e, do: Map.fetch!(%{"a" => 1}, "b")
  def f, do: :erlang.map_get(:a, %{a: 1})
  def g, do: Map.has_key?(1, :a)
  def h(x), do: Map.fetch!(%{a: x}, :b)
  def i, do: elem(%{}, 0)
end
m = %{}
Map.fetch!(m, :k)
