# What Elixir 1.14's type checker does not warn about (a map pattern is open, a case pattern is not
# matched against its subject, a field that exists, a nested access, or guards joined by `or`)
defmodule TypesQuiet do
  defstruct [:name]

  def open_pattern(%{a: _} = m), do: m.b
  def existing(%TypesQuiet{} = s), do: s.name
  def case_subject do
    x = 1
    case x do
      :a -> 1
      _ -> 2
    end
  end
  def nested(x) do
    m = %{a: x}
    m.a.b
  end
  def or_guard(x) when is_integer(x) or is_atom(x), do: x
  def two_guards(x) when is_integer(x) when is_atom(x), do: x
  def update do
    m = %{a: 1}
    m = %{m | a: 2}
    m.a
  end
  def rebound_unknown(m) do
    m = %{a: 1}
    m = Map.put(m, :b, 2)
    m.b
  end
  def in_comprehension(list) do
    for m <- list, do: m.b
  end
  def key_var(k) do
    m = %{k => 1}
    m.b
  end
end
IO.puts("ok")
