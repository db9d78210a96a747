# Shapes Elixir's parallel bitstring check lets through: a pattern against an expression (not a
# pattern), a `[h | t]` against a list, tuples of other sizes, maps' different keys, struct fields
defmodule AllowedS do
  defstruct [:k]
end
defmodule Allowed do
  def a(x) do
    <<c>> = <<1>>
    [<<a>> | _] = [b] = x
    {a, b, c}
  end
  def b(x) do
    case x do
      {:a, <<a>>} = {:a, y, 1} -> {a, y}
      %{1 => <<a>>} = %{1.0 => y} -> {a, y}
      %{k: <<a>>} = %{j: <<b>>} -> {a, b}
      [1 | <<a>>] = [1 | y] -> {a, y}
      %AllowedS{k: <<a>>} = %{k: y} -> {a, y}
      _ -> :other
    end
  end
  def c(<<a>> = y), do: {a, y}
end
IO.inspect(Allowed.a(["a"]))
IO.inspect(Allowed.b({:a, "b"}))
IO.inspect(Allowed.b(%{k: "c", j: "d"}))
IO.inspect(Allowed.b(%{1 => "e", 1.0 => "f"}))
IO.inspect(Allowed.b(struct(AllowedS, k: "g")))
IO.inspect(Allowed.c("h"))
<<d>> = e = "i"
IO.inspect({d, e})
