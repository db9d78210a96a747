# @derive {Inspect, optional: [...]} (Elixir 1.14): optional fields are left out while they hold
# their default; combined with only/except
defmodule Point do
  @derive {Inspect, optional: [:z, :label]}
  defstruct x: 0, y: 0, z: 0, label: nil
end

defmodule Secret do
  @derive {Inspect, only: [:name, :tags], optional: [:tags]}
  defstruct name: nil, password: nil, tags: []
end

defmodule Main do
  def run do
    IO.inspect(%Point{})
    IO.inspect(%Point{x: 1, z: 3})
    IO.inspect(%Point{label: "a"})
    IO.inspect(%Point{z: 0.0})
    IO.inspect([%Point{y: 2}, %Point{x: 1, label: :l}])
    IO.inspect(%Secret{name: "n", password: "p"})
    IO.inspect(%Secret{name: "n", tags: [:a]})
    IO.inspect(%Point{}, structs: false)
    IO.puts(inspect(%Point{x: 5}, pretty: true, width: 10))
  end
end

Main.run()
