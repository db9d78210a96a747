names = for i <- 1..3, do: String.to_atom("field_#{i}")
IO.inspect(names)
IO.inspect(Enum.map(names, &Atom.to_string/1))
IO.inspect(:"field_2" in names)
IO.inspect(String.to_existing_atom("field_3"))
try do
  String.to_existing_atom("surely_never_created_anywhere_xyz")
rescue
  e in ArgumentError -> IO.puts("ArgumentError: to_existing_atom")
  _ = e
end
IO.inspect(:erlang.binary_to_atom("bin_atom", :utf8))
IO.inspect(:erlang.atom_to_list(:abc))
IO.inspect(Atom.to_string(Elixir.String))
IO.inspect(Module.split(Foo.Bar.Baz))
IO.inspect(Module.concat(["Foo", "Bar"]))
IO.inspect(Module.concat(Foo, :Bar))
IO.inspect(is_atom(Foo.Bar) and Foo.Bar == :"Elixir.Foo.Bar")
IO.inspect(to_string(:ok) |> String.upcase() |> String.to_atom())
IO.inspect(Enum.sort([:b, :a, :C, :"1"]))
IO.inspect(:a_really_long_atom_name_used_as_a_tag_in_a_tuple == :a_really_long_atom_name_used_as_a_tag_in_a_tuple)
