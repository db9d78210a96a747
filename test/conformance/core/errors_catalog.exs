defmodule Errors do
  def f(:only), do: :ok
  def run(label, fun) do
    try do
      fun.()
      IO.puts("#{label}: no error")
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}")
        IO.puts("  message: " <> Exception.message(e))
    end
  end
end

Errors.run("match", fn -> {:a, _} = {:b, 1} end)
Errors.run("case", fn -> case 5 do 4 -> :x end end)
Errors.run("function clause", fn -> Errors.f(:other) end)
Errors.run("arith div", fn -> div(1, 0) end)
Errors.run("arith add", fn -> 1 + String.to_atom("a") end)
Errors.run("argument", fn -> String.to_integer("xyz") end)
Errors.run("key", fn -> Map.fetch!(%{a: 1}, :b) end)
Errors.run("key dot", fn -> m = %{a: 1}; m.b end)
Errors.run("undefined fun", fn -> apply(Errors, :nope, [1]) end)
Errors.run("undefined module", fn -> apply(NoSuchModule, :f, []) end)
Errors.run("bad map", fn -> Map.put(:notmap, :k, :v) end)
Errors.run("cond", fn -> cond do false -> 1 end end)
Errors.run("with", fn -> with {:ok, x} <- :nope do x else :other -> 0 end end)
Errors.run("bad function", fn -> f = 42; f.(1) end)
Errors.run("bad arity", fn -> f = fn x -> x end; f.(1, 2) end)
Errors.run("protocol", fn -> Enum.map(:atom, & &1) end)
Errors.run("runtime", fn -> raise "custom runtime" end)
Errors.run("hd", fn -> hd([]) end)
Errors.run("elem", fn -> elem({}, 0) end)
Errors.run("list_to_atom", fn -> List.to_atom(:x) end)
Errors.run("binary concat", fn -> "a" <> String.to_atom("b") end)
Errors.run("float parse", fn -> String.to_float("1") end)
Errors.run("enum at", fn -> Enum.fetch!([1], 5) end)
Errors.run("keyword", fn -> Keyword.fetch!([a: 1], :b) end)
Errors.run("integer div float", fn -> div(1.5, 1) end)
Errors.run("atom length", fn -> length(:a) end)
Errors.run("ok", fn -> :fine end)
