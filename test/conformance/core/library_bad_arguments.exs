# Library functions written in Elixir (lib/map.ex, lib/tuple.ex, lib/keyword.ex) fail on bad
# arguments with Elixir's exception, message and failing functions: each case prints the banner,
# the raw reason and the top `frames` library frames as module.function/arity (beamlet's lib/
# files have their own line numbers, so file:line is left out here)
defmodule BadArgs do
  def run(label, frames, fun) do
    IO.puts("== #{label}")

    try do
      IO.inspect(fun.(), label: "returned")
    rescue
      e ->
        IO.puts(Exception.format_banner(:error, e, __STACKTRACE__))

        for {m, f, a, _} <- Enum.take(__STACKTRACE__, frames) do
          IO.puts("  in " <> Exception.format_mfa(m, f, if(is_list(a), do: length(a), else: a)))
        end
    end

    try do
      fun.()
    catch
      :error, reason when is_exception(reason) -> IO.puts("raw: #{inspect(reason.__struct__)}")
      :error, reason -> IO.inspect(reason, label: "raw")
    end
  end
end

map = %{a: 1}
BadArgs.run("Map.update(1, :a, 0, f)", 1, fn -> Map.update(1, :a, 0, & &1) end)
BadArgs.run("Map.update(map, :a, 0, 2)", 1, fn -> Map.update(map, :a, 0, 2) end)
BadArgs.run("Map.update!(1, :a, f)", 2, fn -> Map.update!(1, :a, & &1) end)
BadArgs.run("Map.get_lazy(1, :a, f)", 1, fn -> Map.get_lazy(1, :a, fn -> 1 end) end)
BadArgs.run("Map.get_lazy(map, :a, 1)", 1, fn -> Map.get_lazy(map, :a, 1) end)
BadArgs.run("Map.pop_lazy(1, :a, f)", 2, fn -> Map.pop_lazy(1, :a, fn -> 1 end) end)
BadArgs.run("Map.pop_lazy(map, :a, 1)", 1, fn -> Map.pop_lazy(map, :a, 1) end)
BadArgs.run("Map.put_new_lazy(1, :a, f)", 1, fn -> Map.put_new_lazy(1, :a, fn -> 1 end) end)
BadArgs.run("Map.replace_lazy(1, :a, f)", 1, fn -> Map.replace_lazy(1, :a, & &1) end)
BadArgs.run("Map.get_and_update(1, :a, f)", 2, fn -> Map.get_and_update(1, :a, fn x -> {x, 1} end) end)
BadArgs.run("Map.get_and_update!(1, :a, f)", 2, fn -> Map.get_and_update!(1, :a, fn x -> {x, 1} end) end)
BadArgs.run("Map.get_and_update!(map, :a, bad)", 1, fn -> Map.get_and_update!(map, :a, fn _ -> :bad end) end)
BadArgs.run("Map.pop!(1, :a)", 2, fn -> Map.pop!(1, :a) end)
BadArgs.run("Map.filter(1, f)", 1, fn -> Map.filter(1, fn _ -> true end) end)
BadArgs.run("Map.reject(1, f)", 1, fn -> Map.reject(1, fn _ -> true end) end)
BadArgs.run("Map.map(1, f)", 1, fn -> Map.map(1, fn x -> x end) end)
BadArgs.run("Map.filter(map, 1)", 1, fn -> Map.filter(map, 1) end)
BadArgs.run("Tuple.sum(1)", 2, fn -> Tuple.sum(1) end)
BadArgs.run("Tuple.sum({1, :a})", 2, fn -> Tuple.sum({1, :a}) end)
BadArgs.run("Tuple.sum({1, 2.5})", 0, fn -> Tuple.sum({1, 2.5}) end)
BadArgs.run("Tuple.product(1)", 2, fn -> Tuple.product(1) end)
BadArgs.run("Tuple.product({:a, 2})", 2, fn -> Tuple.product({:a, 2}) end)
BadArgs.run("Tuple.product({2, 3})", 0, fn -> Tuple.product({2, 3}) end)
# (Enum's own frames under Enum.reverse/1 differ: the banner only)
BadArgs.run("Keyword.new(1)", 0, fn -> Keyword.new(1) end)
BadArgs.run("Keyword.new([1])", 1, fn -> Keyword.new([1]) end)
BadArgs.run("Keyword.new([{1, 2}])", 1, fn -> Keyword.new([{1, 2}]) end)
BadArgs.run("Keyword.new(1, f)", 0, fn -> Keyword.new(1, fn x -> x end) end)
BadArgs.run("Keyword.new(%{b: 1, a: 2})", 0, fn -> Keyword.new(%{b: 1, a: 2}) end)
BadArgs.run("Keyword.new([a: 1, b: 2, a: 3])", 0, fn -> Keyword.new([a: 1, b: 2, a: 3]) end)
BadArgs.run("Keyword.new([a: 1, b: 2], f)", 0, fn -> Keyword.new([a: 1, b: 2], fn {k, v} -> {k, v * 2} end) end)
