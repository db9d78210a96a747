# A name is an existing atom when any module loaded by the time the script runs has it, not only
# when the script or what it called made it: everyday words exist, made-up ones do not
for s <- ["z", "other", "", "foo", "bar", "name", "id", "value", "count", "x", "a", "zz", "qqzzy", "unk", "fooo",
          "Elixir.Enum", "Elixir.NoSuchThingHere", "nonode@nohost", "gen_server", "print", "unicode"] do
  IO.inspect({s, (try do String.to_existing_atom(s) rescue _ -> :no end)})
end
IO.inspect(:erlang.binary_to_term(<<131, 100, 0, 4, "info">>, [:safe]))
IO.inspect(try do :erlang.binary_to_term(<<131, 100, 0, 5, "qzqzq">>, [:safe]) rescue e -> e end)
IO.inspect(List.to_existing_atom('reason'))
IO.inspect(OptionParser.parse(["--verbose", "--qqqyyy", "1", "--name", "n"], switches: []))
