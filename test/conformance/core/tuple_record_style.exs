defmodule Vec3 do
  def new(x, y, z), do: {:vec3, x, y, z}
  def add({:vec3, a, b, c}, {:vec3, d, e, f}), do: {:vec3, a + d, b + e, c + f}
  def scale({:vec3, a, b, c}, k), do: {:vec3, a * k, b * k, c * k}
  def dot({:vec3, a, b, c}, {:vec3, d, e, f}), do: a * d + b * e + c * f
  def cross({:vec3, a, b, c}, {:vec3, d, e, f}), do: {:vec3, b * f - c * e, c * d - a * f, a * e - b * d}
  def len(v), do: :math.sqrt(dot(v, v))
end

a = Vec3.new(1, 2, 3)
b = Vec3.new(4, 5, 6)
IO.inspect(Vec3.add(a, b))
IO.inspect(Vec3.scale(a, 2.5))
IO.inspect(Vec3.dot(a, b))
IO.inspect(Vec3.cross(a, b))
IO.inspect(Vec3.len(Vec3.new(3, 4, 0)))
IO.inspect(elem(a, 0))
IO.inspect(put_elem(a, 1, 100))
IO.inspect(Tuple.to_list(a) |> tl())
{:vec3, x, _, _} = a
IO.inspect(x)
pairs = [{:b, 2}, {:a, 1}, {:c, 3}]
IO.inspect(Enum.sort(pairs))
IO.inspect(Enum.map(pairs, &elem(&1, 1)))
IO.inspect(:erlang.append_element({1, 2}, 3))
IO.inspect(:erlang.delete_element(1, {1, 2, 3}))
IO.inspect(:erlang.insert_element(2, {1, 3}, 2))
