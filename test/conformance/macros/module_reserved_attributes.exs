# Module.reserved_attributes/0: the attributes Elixir reserves, with their descriptions
reserved = Module.reserved_attributes()
IO.inspect(Map.keys(reserved))
IO.inspect(reserved.before_compile)
IO.inspect(reserved[:on_definition].doc)
IO.inspect(Enum.all?(reserved, fn {k, %{doc: d}} -> is_atom(k) and is_binary(d) end))
