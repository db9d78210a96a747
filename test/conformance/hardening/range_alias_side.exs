# Kernel's `..` expands each side before it validates them: an alias is its atom, refused as a
# literal atom is (`1..Foo.Bar`), with the message naming the sides as written
for s <- ["<<97, 98, 1::1>> .. Foo.Bar", "1..Foo", "Foo..1", "alias Foo.Bar, as: B\n1..B", "1..__MODULE__", "<<1>>..2", "1..:a", "1.0..2", "\"a\"..\"b\"", "[1]..2", "x = 1\nx..:a", "1..2//:a", "1..2//Foo"] do
  try do
    IO.inspect(Code.eval_string(s) |> elem(0))
  rescue
    e -> IO.puts("#{inspect(s)}: #{Exception.message(e)}")
  end
end
