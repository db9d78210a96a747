data = %{name: "widget", tags: [:a, :b], nested: %{deep: [1, 2, 3]}, count: 1_000_000}
IO.inspect data, pretty: true, width: 30
IO.inspect [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], limit: 5
IO.inspect "a long string here", printable_limit: 6
IO.inspect 255, base: :hex
IO.inspect 255, base: :binary
IO.inspect 255, base: :octal
IO.inspect [104, 105], charlists: :as_lists
IO.inspect [104, 105], charlists: :as_charlists
IO.inspect <<104, 105>>, binaries: :as_binaries
IO.inspect "hi", binaries: :as_strings
IO.inspect 1_000_000, delimiter: "_"
IO.inspect :atom, label: "label"
IO.inspect {:a, [b: 1]}, label: "tuple", pretty: true
IO.inspect %{b: 1, a: 2}, custom_options: [sort_maps: true]
IO.puts inspect(1.0e10)
IO.puts inspect(:"with space")
IO.puts inspect(:"Elixir.Foo")
IO.puts inspect(Foo.Bar)
IO.puts inspect(:ok)
IO.puts inspect(nil)
IO.puts inspect("quote\"and\\slash\n")
IO.puts inspect('charlist')
IO.puts inspect([1 | 2])
IO.puts inspect({})
IO.puts inspect(%{})
IO.puts inspect(%{"str" => 1, 2 => :b})
IO.puts inspect([a: 1, b: 2])
IO.puts inspect([{:a, 1}, {"b", 2}])
IO.puts inspect(<<1, 2, 3>>)
IO.puts inspect(<<255, 0>>)
IO.puts inspect(1..5)
IO.puts inspect(1..10//2)
IO.puts inspect(MapSet.new([3, 1]))
IO.puts inspect(&Enum.map/2)
IO.puts inspect(~r/ab+c/i)
IO.puts inspect(Date.new!(2024, 2, 29))
IO.puts inspect(~T[10:00:00.123])
IO.puts inspect([:a, :"b-c", :c?, :d!, :"9x"])
IO.puts inspect(%{a: %{b: %{c: %{d: %{e: 1}}}}}, structs: false)
IO.puts inspect(List.duplicate("abcdefghij", 8))
IO.puts inspect(Enum.to_list(1..30))
IO.puts inspect(%{key1: "value number one", key2: "value number two", key3: "value number three"})
IO.puts inspect({:error, %{reason: :timeout, details: ["first detail", "second detail", "third"]}})
IO.puts inspect(-0.0 + 1.5)
IO.puts inspect([0.1, 1.0e-10, 1.0e21, 123.456])
