# Module.get_definition/2,3 and Module.delete_definition/2 in @before_compile: each clause as
# Elixir's expander leaves it (variables versioned, aliases and attributes replaced, Kernel's
# inlined functions as :erlang calls, pipes unrolled, interpolation as a binary)
defmodule Hooks do
  defmacro __before_compile__(env) do
    for {n, a} <- Module.definitions_in(env.module) |> Enum.sort() do
      IO.inspect(Module.get_definition(env.module, {n, a}), label: "#{n}/#{a}")
    end
    IO.inspect(Module.get_definition(env.module, {:nope, 0}), label: "nope")
    IO.inspect(Module.get_definition(env.module, {:a1, 1}, skip_clauses: true), label: "skip")
    IO.inspect(Module.delete_definition(env.module, {:gone, 1}), label: "delete")
    IO.inspect(Module.delete_definition(env.module, {:gone, 1}), label: "delete again")
    IO.inspect(Module.defines?(env.module, {:gone, 1}), label: "defines? gone")
    quote do
      def gone(x), do: {:redefined, x}
    end
  end
end

defmodule M do
  @before_compile Hooks
  alias String, as: S
  @x 5
  def a1(x), do: inspect(x)
  def a2(t), do: elem(t, 0)
  def a3(l), do: length(l) + hd(l)
  def a4(x), do: x <> "a"
  def a5(x), do: to_string(x)
  def a6(x), do: is_nil(x)
  def a8(x), do: "v#{x}!"
  def a9(x) do
    y = x + 1
    y = y * 2
    case y do
      {:ok, z} when z > 1 -> z
      _ -> y
    end
  end
  def b1(l), do: Enum.map(l, &(&1 + 1))
  def b2(l), do: Enum.map(l, &foo/1)
  def b3(x), do: raise "boom #{x}"
  defp foo(x), do: x
  def b4(x), do: x |> foo() |> Kernel.+(1)
  def b5(m), do: %{m | a: 1}
  def b6(x), do: [x | [1]]
  def b7(x), do: x == 1 and x != 2 or not x
  def c1(l), do: Enum.map(l, &Enum.count/1)
  def c2(l), do: Enum.map(l, &is_atom/1)
  def c3(l), do: Enum.reduce(l, &(&2 + &1 * 2))
  def c4(x), do: raise ArgumentError, "bad #{x}"
  def c5(x), do: raise(ArgumentError, message: x)
  def c7(x) when x in [1, 2], do: x
  def c8(x) when is_map(x) and map_size(x) > 0, do: fn -> x end
  def d1(x), do: S.upcase(x) |> String.length()
  def d2(%{k: v} = m), do: {v, m, @x, __MODULE__}
  def gone(x) when is_integer(x), do: x + 1
  def gone(y), do: y
  defp p(a, b \\ 2), do: a + b
  defmacro m(x), do: x
  def uses_p, do: p(1)
end

IO.inspect(M.gone(3))
IO.inspect(M.uses_p())
