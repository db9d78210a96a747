# A derived Inspect looks at its own fields only: a struct whose map gained a key (Map.put) or
# lost one (Map.delete) still prints through it, a missing field as nil; a derive that keeps
# every field prints %Name{...} (with syntax colors, as any struct), one that hides some #Name<...>
defmodule Account do
  @derive {Inspect, only: [:id, :owner]}
  defstruct [:id, :owner, :password_hash, balance: 0]
end

defmodule Session do
  @derive {Inspect, except: [:token]}
  defstruct [:user, :token]
end

defmodule Point do
  @derive {Inspect, only: [:x, :y]}
  defstruct [:x, :y]
end

defmodule Settings do
  @derive {Inspect, optional: [:theme, :tags]}
  defstruct [:name, theme: :light, tags: []]
end

defmodule Tag do
  @derive Inspect
  defstruct [:label]
end

defmodule Main do
  def run do
    acct = %Account{id: 7, owner: "ann", password_hash: "x1"}
    IO.inspect(acct)
    # a cache that annotates records in place
    IO.inspect(Map.put(acct, :cached_at, 123))
    IO.inspect(Map.delete(acct, :owner))
    IO.inspect([Map.put(acct, :extra, true)], pretty: true, width: 20)
    IO.inspect(Map.put(%Session{user: "bo", token: "t"}, :ip, "127.0.0.1"))
    IO.inspect(%Point{x: 1, y: 2})
    IO.inspect(Map.put(%Point{x: 1, y: 2}, :z, 3))
    IO.inspect(%Settings{name: "a"})
    IO.inspect(Map.delete(%Settings{name: "a"}, :tags))
    IO.inspect(Map.put(%Settings{name: "a", theme: :dark}, :v, 2))
    IO.inspect(Map.put(%Tag{label: "x"}, :n, 1))
    colors = [atom: :red, map: :blue, list: :green, string: :yellow]
    IO.inspect([%Tag{label: "x"}, %Point{x: 1, y: 2}], syntax_colors: colors)
    IO.puts(inspect(%Settings{name: "n", theme: :dark}, syntax_colors: colors))
  end
end

Main.run()
