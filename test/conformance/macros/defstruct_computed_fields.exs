# defstruct of fields computed as the module body runs: an accumulated attribute a macro DSL
# fills (defstruct Enum.reverse(@fields) in the macro's quote), a list built by a call, keyword
# defaults of any term; the struct and its defaults as Elixir 1.14 makes them
defmodule Struct.DSL do
  defmacro field(name, default) do
    quote do
      Module.put_attribute(__MODULE__, :fields, {unquote(name), unquote(default)})
    end
  end

  defmacro schema(do: block) do
    quote do
      Module.register_attribute(__MODULE__, :fields, accumulate: true)
      unquote(block)
      defstruct Enum.reverse(@fields)
      def fields, do: Enum.reverse(@fields) |> Keyword.keys()
    end
  end
end

defmodule Person do
  import Struct.DSL

  schema do
    field :name, "anon"
    field :age, 0
    field :tags, MapSet.new([:a])
  end
end

defmodule Point do
  defstruct Enum.map([:x, :y, :z], &{&1, 0})
end

defmodule Plain do
  @keys [:a, :b]
  defstruct @keys ++ [c: {1, [2]}]
end

IO.inspect(struct(Person))
IO.inspect(Person.fields())
IO.inspect(struct(Point, y: 2))
IO.inspect(struct(Plain))
IO.inspect(Map.keys(Plain.__struct__()) |> Enum.sort())
