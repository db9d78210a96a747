# An error inside an anonymous function called from a named one
defmodule M do
  def run(list) do
    f = fn x -> x.missing end
    [Enum.map(list, f)]
  end

  def direct(m) do
    g = fn y -> Map.fetch!(y, :key) end
    {:ok, g.(m)}
  end
end

try do
  M.direct(%{other: 1})
rescue
  e -> IO.puts("rescued: " <> Exception.message(e))
end

M.run([%{missing: 1}, %{present: 2}])
