# Elixir 1.14's type checker on __STACKTRACE__: a list of {module, function, arity, location} tuples.
defmodule StacktraceTypes do
  def a(f) do
    try do
      f.()
    rescue
      _ -> st = __STACKTRACE__
           {:a} = st
    end
  end
  def b(f) do
    try do
      f.()
    catch
      _, _ -> [{m, _, _, _} | _] = __STACKTRACE__
              {:x} = m
              [_] = m
    end
  end
  def c(f) do
    try do
      f.()
    rescue
      e -> {Exception.message(e), hd(__STACKTRACE__) |> elem(1)}
    end
    {:a} = f
    [_] = f
  end
end
