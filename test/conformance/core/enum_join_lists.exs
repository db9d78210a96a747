# Enum.join/2 of a list with a joiner: binaries joined at once, other elements converted, and the
# frames Elixir 1.14 shows when an element cannot be converted or the list is improper
# (join_non_empty_list/3 under join_list/2).
IO.inspect(Enum.join(["a", "", "bc", <<0, 255>>], "--"))
IO.inspect(Enum.join([""], ","))
IO.inspect(Enum.join(["", ""], ","))
IO.inspect(Enum.join(["", "", ""], ", "))
IO.inspect(Enum.join(["", "a", ""], "-"))
IO.inspect(Enum.join(["x"], ", "))
IO.inspect(Enum.join(["é", "ü"], "→"))
IO.inspect(Enum.join([:a, "b", 1, 2.5, 'ch'], "/"))
IO.inspect(Enum.join([], "/"))
IO.inspect(Enum.join(Enum.map(1..1000, &Integer.to_string/1), " ") |> byte_size())

for args <- [[[%{}], " "], [["a", %{}], ", "], [["a" | "b"], " "], [["a", "b" | "c"], "-"], [[<<1::1>>, "a"], ","]] do
  try do
    IO.inspect(apply(Enum, :join, args))
  rescue
    e -> IO.inspect({e.__struct__, for({m, f, a, l} <- __STACKTRACE__, m in [Enum, String.Chars], do: {m, f, a, l[:line]})})
  end
end
