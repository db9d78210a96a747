# Map keys in patterns are expanded before they are checked: a concatenation of string literals
# and a module attribute are literals there (inside tuples and lists too)
defmodule MapKeys do
  @key "ab"
  @tuple_key {:k, 1}

  def by_attribute(%{@key => v}), do: {:key, v}
  def by_attribute(%{@tuple_key => v}), do: {:tuple_key, v}
  def by_attribute(_), do: :none

  def by_concat(%{"a" <> "b" => v}), do: v
  def nested(%{{:a, "b" <> "c"} => v, ["x" <> "y" <> ""] => w}), do: {v, w}
end

IO.inspect(MapKeys.by_attribute(%{"ab" => 1}))
IO.inspect(MapKeys.by_attribute(%{{:k, 1} => 2}))
IO.inspect(MapKeys.by_attribute(%{"a" => 3}))
IO.inspect(MapKeys.by_concat(%{"ab" => 4}))
IO.inspect(MapKeys.nested(%{{:a, "bc"} => 5, ["xy"] => 6}))
%{"a" <> "b" => top} = %{"ab" => 7}
IO.inspect(top)
IO.inspect(match?(%{"a" <> "b" => _}, %{"a" => 1}))
