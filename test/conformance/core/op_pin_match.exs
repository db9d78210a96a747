# = and ^pin
x = 1
IO.inspect(x)
x = 2
IO.inspect(x)
^x = 2
IO.puts("pinned ok")
try do
  ^x = 3
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
{a, ^x} = {:first, 2}
IO.inspect(a)
list = [1, 2, 3]
[^x | _] = [2, 9]
IO.puts("pin in list ok")
key = :name
%{^key => v} = %{name: "pinned key"}
IO.puts(v)
f = fn
  ^x -> :same_as_x
  _ -> :other
end
IO.inspect({f.(2), f.(5)})
r = case 5 do
  ^x -> :matched_x
  y when y > x -> {:bigger, y}
end
IO.inspect(r)
{b, b} = {7, 7}
IO.inspect(b)
try do
  {c, c} = {7, 8}
  IO.inspect(c)
rescue
  e -> IO.inspect(e)
end
[h | t] = list
IO.inspect({h, t})
a = b = 5
IO.inspect({a, b})
{:ok, %{items: [first | _]}} = {:ok, %{items: ["i1", "i2"]}}
IO.puts(first)
_ignored = 1
_ = 2
IO.puts("done")
