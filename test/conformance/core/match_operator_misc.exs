{a, {b, [c | d]}} = {1, {2, [3, 4, 5]}}
IO.inspect({a, b, c, d})
[x, x] = [7, 7]
IO.inspect(x)
"prefix-" <> suffix = "prefix-value"
IO.inspect(suffix)
<<"ab", c1, rest::binary>> = "abcdef"
IO.inspect({c1, rest})
%{"a" => %{"b" => deep}} = %{"a" => %{"b" => :found}}
IO.inspect(deep)
[{:k, v} | _] = [k: :first, k: :second]
IO.inspect(v)
{:ok, result} = {:ok, [1, 2]} |> then(fn {:ok, l} -> {:ok, Enum.sum(l)} end)
IO.inspect(result)
list = [1, 2, 3]
[_, second | _] = list
IO.inspect(second)
{_, _, third} = {:a, :b, :c}
IO.inspect(third)
IO.inspect(match?([_ | _], []))
IO.inspect(match?(%{a: _}, %{a: nil}))
IO.inspect(match?({_, _}, {1, 2, 3}))
v2 = (y = 5) + 1
_ = y
IO.inspect(v2)
IO.inspect(with({:ok, z} <- {:ok, 9}, do: z * 2))
f = fn {:point, px, py} -> px + py end
IO.inspect(f.({:point, 3, 4}))
