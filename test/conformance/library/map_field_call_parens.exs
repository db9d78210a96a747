# Elixir 1.14 compiles `value.name()` (parentheses, no arguments) as the map's field when the value
# is a map with that key, else as the remote call (a map without it, a struct or a number: badarg
# from :erlang.apply/3); a module still gets the call. Uncaught, ArgumentError.blame/2 says why an
# :erlang.apply/3 failed.
defmodule FieldCall do
  def f(value), do: value.field()
  def g(value), do: value.field(1)
  def size(mod), do: mod.module_info()[:module]
end

IO.inspect(FieldCall.f(%{field: 1}))
IO.inspect(FieldCall.f(%{field: nil, other: 2}))
IO.inspect(FieldCall.size(Enum))

for value <- [%{other: 1}, %URI{}, 1, [], {:a}] do
  try do
    FieldCall.f(value)
  rescue
    e -> IO.inspect(e)
  end
end

try do
  FieldCall.g(%{field: 1})
rescue
  e -> IO.inspect(e)
end

m = %{field: 2}
IO.inspect(m.field())
IO.inspect(Enum.map([%{field: :a}, %{field: :b}], fn x -> x.field() end))

for {mod, fun, args} <- [{%{a: 1}, :field, []}, {%{a: 1}, :field, [1]}, {String, "x", []}, {String, :upcase, [1 | 2]}, {1, :f, []}] do
  stacktrace = [{:erlang, :apply, [mod, fun, args], []}]
  {e, _} = Exception.blame(:error, :badarg, stacktrace)
  IO.puts(Exception.message(e))
end

{e, _} = Exception.blame(:error, %ArgumentError{message: "other"}, [{:erlang, :apply, [1, :f, []], []}])
IO.puts(Exception.message(e))
{e, _} = Exception.blame(:error, %ArgumentError{message: "other"}, [{:lists, :map, [1, 2], []}])
IO.puts(Exception.message(e))
FieldCall.f(%{other: 1})
