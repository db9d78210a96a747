# Exception.format_mfa/3 names any "-name/arity-KIND-N-" function an anonymous fn in name/arity
# (the inliner's -sum/1-anonymous-2- as the compiler's -f/1-fun-0-), so Enum.sum/1's frames of a
# MapSet or a Stream read "anonymous fn/2 in Enum.sum/1"
names = [:"-f/1-anonymous-2-", :"-f/1-x-2-", :"-f/1-fun-a-", :"-f/1-fun-0-", :"-a/b/1-fun-0-",
  :"-f/1-lists^foldl/2-0-", :"-f/1-inlined-0-", :"-f/1-fun-0-x-", :"-f/x-fun-0-", :"-/1-fun-0-",
  :"-f/1-a-b-c-", :"-f/1--0-", :"-f/1-fun--", :"f/1-fun-0-", :"-f/1-fun-0", :"-f-1-"]

for n <- names, do: IO.puts(Exception.format_mfa(M, n, 2))

for enumerable <- [MapSet.new([1, :a]), Stream.map([1, :a], & &1), %{a: 1}] do
  try do
    Enum.sum(enumerable)
  rescue
    e ->
      IO.puts(Exception.message(e))
      __STACKTRACE__ |> Enum.take(2) |> Exception.format_stacktrace() |> IO.write()
  end
end
