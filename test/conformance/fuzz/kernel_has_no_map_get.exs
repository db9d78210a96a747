# Kernel imports no map_get/2 (only :erlang has it): a call to it is an undefined function
# (beamlet compiled it as :erlang.map_get/2 and even warned that it would fail)
IO.inspect(function_exported?(Kernel, :map_get, 2))
IO.inspect(:erlang.map_get(:a, %{a: 1}))

for src <- [
      "map_get(%{a: 1}, :a)",
      "defmodule MG do\n  def h(m), do: map_get(:a, m)\nend",
      "defmodule MG2 do\n  def g(m) when map_get(m, :a) == 1, do: 1\nend"
    ] do
  try do
    Code.eval_string(src)
  rescue
    e in CompileError -> IO.puts(Exception.message(e))
  end
end

defmodule Guarded do
  def g(m) when :erlang.map_get(:a, m) == 1, do: :one
  def g(_), do: :other
end

IO.inspect({Guarded.g(%{a: 1}), Guarded.g(%{}), Guarded.g(:x)})
