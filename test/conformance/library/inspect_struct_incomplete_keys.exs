# Inspecting a map whose __struct__ names a struct but whose keys are not the struct's: Inspect.Any
# (no implementation) prints it as a plain map; a derived implementation (URI derives Inspect with
# optional: [:authority] in Elixir 1.14) reads each struct field with Map.get/2, so a deleted field
# shows as nil and extra keys are not shown; an explicit implementation decides for itself.
defmodule Plain do
  defstruct [:a, :b]
end

defmodule Derived do
  @derive {Inspect, only: [:a]}
  defstruct [:a, :b]
end

defmodule Excepted do
  @derive {Inspect, except: [:b]}
  defstruct [:a, :b]
end

defmodule Own do
  defstruct [:a, :b]

  defimpl Inspect do
    def inspect(s, _), do: "#Own<#{inspect(s.a)}>"
  end
end

u = URI.parse("http://x.com/p?q=1")
IO.inspect(u)
IO.inspect(Map.delete(u, :host))
IO.inspect(Map.delete(u, :port))
IO.inspect(Map.delete(u, :authority))
IO.inspect(Map.put(u, :extra, 1))
IO.inspect(%{__struct__: URI})
IO.inspect(%{__struct__: URI, authority: 1, zz: 2})
IO.inspect(URI.parse("/a"))
IO.inspect(Map.delete(u, :host), syntax_colors: [atom: :red, map: :blue])
IO.inspect([Map.delete(u, :query)], width: 30)
IO.puts(inspect(Map.delete(u, :path), structs: false))
IO.inspect(Map.delete(struct(Plain, a: 1), :b))
IO.inspect(Map.put(struct(Plain, a: 1), :c, 2))
IO.inspect(Map.delete(struct(Derived, a: 1), :b))
IO.inspect(Map.delete(struct(Derived, a: 1), :a))
IO.inspect(Map.put(struct(Derived, a: 1), :c, 3))
IO.inspect(Map.delete(struct(Excepted, a: 1), :a))
IO.inspect(Map.delete(struct(Own, a: 1), :b))
IO.inspect(Map.delete(1..3, :step))
IO.inspect(%{__struct__: NoSuchStruct, a: 1})
IO.inspect(Map.delete(%ArgumentError{message: "x"}, :message))
IO.inspect(Map.delete(Version.parse!("1.0.0"), :pre))
