# Map.merge/2 (and :maps.merge/2) with a map written in place as its second argument is a map
# update to OTP's compiler: a first argument that is no map fails in the caller's own frame, with
# no :maps.merge/2 frame; with a map value, or a literal map first, maps:merge/2 is called
defmodule M do
  def literal(x), do: Map.merge(x, %{a: 1})
  def keyed(x, k), do: :maps.merge(x, %{k => 1, "s" => [k]})
  def empty(x), do: Map.merge(x, %{})
  def value(x, m), do: Map.merge(x, m)
  def first(m), do: Map.merge(%{a: 1}, m)
end

defmodule Main do
  def show(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    show("literal ok", fn -> M.literal(%{a: 0, b: 2}) end)
    show("keyed ok", fn -> M.keyed(%{x: 1}, :k) end)
    show("literal", fn -> M.literal(1) end)
    show("keyed", fn -> M.keyed([], 2) end)
    show("empty", fn -> M.empty(:a) end)
    show("value", fn -> M.value(1, %{}) end)
    show("first", fn -> M.first(1) end)
    show("in a fn", fn -> Map.merge(Process.get(:nothing), %{b: 2}) end)
  end
end

Main.run()
