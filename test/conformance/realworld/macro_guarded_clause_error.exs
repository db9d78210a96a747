defmodule Schema do
  defmacro field(name, type) when is_atom(name) and type in [:string, :integer, :boolean] do
    quote do
      @fields {unquote(name), unquote(type)}
    end
  end

  defmacro __using__(_) do
    quote do
      import Schema
      Module.register_attribute(__MODULE__, :fields, accumulate: true)
    end
  end
end

defmodule User do
  use Schema
  field :name, :string
  field :age, :integer
  field :email, :text
end
