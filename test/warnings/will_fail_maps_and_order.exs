# OTP's "will fail" warnings of a module come after the module's own Elixir warnings; a map of
# constants is a literal to OTP (also through a variable), and the BIFs on maps and binaries
# OTP's compiler evaluates
defmodule WillFailOrder do
  def unused(x) do
    :ok
  end
  def a, do: elem(%{a: 1}, 0)
  def b, do: 1 + :a
end

defmodule WillFailMaps do
  def a do
    m = %{a: [1, {2}], b: %{c: 1}}
    elem(m, 0)
  end
  def b, do: hd(%{})
  def c, do: map_size(%{a: 1})
  def d, do: tuple_size(%{"a" => [1]})
  def e(x), do: elem(%{a: x}, 0)
  def f, do: elem({%{a: 1}}, 0)
  def g, do: length(%{a: %{b: 1}})
  def h, do: Map.get([], :a)
  def i, do: :erlang.map_get(:a, [])
  def j, do: map_size({})
  def k, do: %{a: 1} + 1
  def l, do: is_map_key(%{a: 1}, :a)
  def m, do: Map.fetch!(%{a: 1}, :b)
  def n(x) do
    case x do
      %{a: 1} -> elem(%{1 => 2.5}, 0)
      _ -> :erlang.map_get(:b, %{a: 1})
    end
  end
end

defmodule WillFailBifs do
  def a, do: :erlang.is_map_key(:a, [])
  def b, do: binary_part("abc", 5, 1)
  def c, do: :a ++ [1]
  def d, do: [1] -- :a
  def e, do: :erlang.size(:a)
  def f, do: :erlang.float_to_binary(:a)
  def g, do: String.to_integer("zz", 16)
  def h, do: :erlang.binary_to_list("abc", 5, 6)
  def i, do: :erlang.list_to_pid('x')
  def j, do: :erlang.binary_to_atom("a")
  def k, do: :erlang.xor(1, true)
  def l, do: :erlang.binary_part("abc", {5, 1})
  def m, do: max(1, :a)
end
IO.puts(WillFailMaps.l())
