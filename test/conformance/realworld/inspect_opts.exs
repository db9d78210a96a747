defmodule Secret do
  @derive {Inspect, except: [:token]}
  defstruct [:user, :token, :scope]
end

defmodule Pt do
  defstruct x: 0, y: 0
end

defmodule Main do
  def run do
    big = %{name: "catalog", items: Enum.map(1..30, &%{id: &1, sku: "SKU-#{&1}", qty: rem(&1 * 7, 11)}), meta: [source: :db, fetched: {2024, 1, 1}]}
    IO.inspect(big, limit: 5)
    IO.inspect(big, pretty: true, limit: 3, width: 40)
    IO.inspect(Enum.to_list(1..100))
    IO.inspect(Enum.to_list(1..100), limit: :infinity, width: 60)
    IO.inspect(String.duplicate("ab", 3000) |> byte_size())
    IO.inspect(String.duplicate("x", 200), printable_limit: 10)
    IO.inspect([1, [2, [3, [4]]]], pretty: true, width: 5)
    IO.inspect(%Secret{user: "ann", token: "t0k", scope: [:read]})
    IO.inspect(%Secret{user: "ann", token: "t0k", scope: [:read]}, structs: false)
    IO.inspect(%Pt{x: 1}, label: "pt")
    IO.inspect({:ok, %Pt{}}, label: :tuple)
    IO.inspect('hello')
    IO.inspect('hello', charlists: :as_lists)
    IO.inspect([104, 105], charlists: :as_charlists)
    IO.inspect([7, 8, 9])
    IO.inspect("héllo\x01", binaries: :as_binaries)
    IO.inspect(<<255, 0, 1>>)
    IO.inspect(<<1::3>>)
    IO.inspect(255, base: :hex)
    IO.inspect([10, 255], base: :binary)
    IO.inspect(-31, base: :octal)
    IO.inspect(:"hello world")
    IO.inspect(:"Elixir.Foo.Bar")
    IO.inspect(:foo@bar)
    IO.inspect(%{:a => 1, "b" => 2, {:c} => 3, 4 => :four})
    IO.inspect(%{"z" => 1, "a" => 2}, custom_options: [sort_maps: true])
    IO.inspect(%{b: 1, a: 2, c: %{z: 1, y: 2}}, sort_maps: true)
    IO.inspect([a: 1, b: [c: 2]], pretty: true, width: 10)
    IO.inspect({1.0, -0.0, 1.0e-5, 123456789012345.0})
    IO.inspect(self() |> is_pid())
    IO.inspect(&String.upcase/1)
    IO.inspect(&Enum.map/2)
    IO.inspect(MapSet.new([3, 1, 2]))
    IO.inspect(1..10//3)
    IO.inspect(10..1//-1)
    IO.inspect(~r/ab+c/i)
    IO.inspect(URI.parse("https://u@example.com:8443/p?q=1#f"))
    IO.inspect(Version.parse!("1.2.3-rc.1"))
    IO.inspect(%{__struct__: NotAStruct, a: 1})
    IO.inspect(["a", :b, 'c', 1.5, nil, true], label: "mixed", pretty: true, width: 20)
    IO.puts(inspect(%{a: 1}, pretty: true))
    IO.puts(inspect(Enum.to_list(1..40), pretty: true, width: 30))
    IO.puts(inspect({:a, [b: {:c, "ddddddddddddddddddddddddd"}, e: "fffffffffffffffffffffffff"]}, pretty: true, width: 30))
    IO.inspect(Keyword.new(Enum.map(1..12, &{:"k#{&1}", &1})))
    IO.inspect(Inspect.Algebra.format(Inspect.Algebra.glue("aaa", "bbb"), 4) |> IO.iodata_to_binary())
    IO.inspect(inspect("multi\nline\ttab\"quote"))
    IO.inspect("\e[31mred\e[0m")
    IO.inspect(<<0::size(16)>>)
    IO.inspect(%{1 => [%{2 => {3, [4]}}]}, limit: 2)
  end
end

Main.run()
