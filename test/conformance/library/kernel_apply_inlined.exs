# Kernel functions the compiler inlines exist for apply/3: **, =~, exit/1, throw/1,
# function_exported?/3, with their frames (lib/kernel.ex lines) as in Elixir 1.14
for {f, args} <- [{:**, [2, 10]}, {:**, [2.0, 3]}, {:=~, ["abc", ~r/b/]}, {:=~, ["abc", "c"]}, {:function_exported?, [Enum, :map, 2]}] do
  IO.inspect(apply(Kernel, f, args))
end
for {f, args} <- [{:exit, [:bye]}, {:throw, [:ball]}, {:**, [:a, 1]}, {:=~, [1, 2]}] do
  try do
    apply(Kernel, f, args)
  catch
    k, v -> IO.inspect({k, v, hd(__STACKTRACE__)})
  end
end
