# Long structures wrap at 80 columns
long_list = Enum.map(1..40, &(&1 * 1000))
IO.inspect(long_list)
nested = %{
  users: [
    %{name: "Alice Anderson", email: "alice@example.com", roles: [:admin, :editor, :viewer]},
    %{name: "Bob Brown", email: "bob@example.com", roles: [:viewer]}
  ],
  settings: %{theme: "dark", notifications: %{email: true, sms: false, push: true}},
  version: {1, 2, 3}
}
IO.inspect(nested)
IO.inspect({:a_fairly_long_atom_name, "a fairly long string value", [1, 2, 3], %{k: :v}, 123456789})
kw = Enum.map(1..12, fn i -> {String.to_atom("key_#{i}"), i * i} end)
IO.inspect(kw)
strings = for i <- 1..15, do: "item number #{i}"
IO.inspect(strings)
tup = List.to_tuple(Enum.to_list(1..30))
IO.inspect(tup)
IO.inspect([[1, 2, 3], [4, 5, 6], [7, 8, 9]] |> List.duplicate(3))
IO.inspect(%{"string keys" => [1, 2, 3], "another key here" => %{"deep" => ["x", "y", "z"]}, "third" => nil})
