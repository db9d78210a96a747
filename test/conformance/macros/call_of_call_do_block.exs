IO.inspect(quote do
  foo(1)(2) do
    3
  end
end)
IO.inspect(quote do
  unquote(:def)(unquote({:f, [], []})) do
    :ok
  end
end)
IO.inspect(quote(do: f.(1)(2) do x end))
