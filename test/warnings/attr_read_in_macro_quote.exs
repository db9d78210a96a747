# an attribute a macro's quote reads in the module it expands in (@fields, set by the code it
# wrote) is that attribute, not one named after the quote's context: no warning
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

IO.inspect(Person.fields())
