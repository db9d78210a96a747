data = %{
  users: for(i <- 1..6, do: %{id: i, name: "user#{i}", roles: Enum.take([:admin, :dev, :ops], rem(i, 4))}),
  meta: {:page, 1, of: 3},
  raw: <<1, 2, 3, 255>>,
  text: String.duplicate("abc", 40),
  chars: 'hello',
  nums: Enum.to_list(1..60),
  ranges: [1..10, 1..10//3, 10..1//-1],
  floats: [0.1 + 0.2, 1.0e-10, 123456789.0, 1.0e16, -0.0]
}
IO.inspect(data, label: "default")
IO.inspect(data, pretty: true, width: 60, limit: 8)
IO.inspect(data.users, width: 30, limit: :infinity)
IO.inspect(data.text, printable_limit: 20)
IO.inspect(data.chars, charlists: :as_lists)
IO.inspect([104, 105], charlists: :as_charlists)
IO.inspect(data.raw, binaries: :as_strings)
IO.inspect("héllo", binaries: :as_binaries)
IO.inspect(255, base: :hex)
IO.inspect([10, 255], base: :binary)
IO.inspect(-31, base: :octal)
IO.inspect(data.meta, syntax_colors: [])
IO.inspect(%{"a b" => 1, :"with space" => 2, nil => 3, true => [a: 1, "b": 2]})
IO.inspect([a: 1, b: [c: 2, d: {3, 4}]], pretty: true, width: 10)
IO.inspect({:ok, %{}}, label: :atom_label)
IO.inspect(MapSet.new(1..40), limit: 5)
IO.inspect(:"Elixir.Foo.Bar")
IO.inspect([:"foo-bar", :foo?, :Foo, :"1a", :+, :"a@b", :"é"])
IO.inspect(%{1 => 2, {1, 2} => [3], [4] => %{}}, custom_options: [x: 1])
IO.inspect(inspect(1..5, structs: false))
IO.puts(inspect(%{a: [1, 2, 3]}, pretty: true, width: 5))
IO.inspect(Map.new(1..40, &{&1, &1 * &1}) |> Map.take([1, 2, 33]))
IO.inspect(self() |> is_pid())
IO.inspect(&Enum.map/2)
IO.inspect(&String.upcase/1, label: "capture")
IO.inspect(Inspect.Opts.new([]) |> Map.take([:limit, :width, :pretty]))
IO.inspect(~r/ab+c/i)
IO.inspect(~D[2024-02-29])
IO.inspect(~T[12:30:00.123])
IO.inspect(~N[2024-01-01 00:00:00])
IO.inspect(~U[2024-01-01 10:00:00Z])
IO.inspect(Version.parse!("1.2.3-rc.1+build"))
IO.inspect(URI.parse("https://u:p@ex.com:8080/p?q=1#f"))
IO.inspect(%ArgumentError{message: "x"})
IO.inspect([1, [2, [3, [4, [5, [6]]]]]], limit: 3)
IO.inspect({1, {2, {3, {4, {5}}}}}, limit: 2)
IO.inspect("a\tb\n\e\x00", label: "escapes")
IO.inspect(<<0::4>>)
IO.inspect(<<"abc", 0::3>>)
IO.inspect('with\'quote')
IO.inspect("with\"quote")
IO.inspect([?a, 200, 300])
IO.inspect(:erlang.list_to_tuple(Enum.to_list(1..30)), width: 40)
