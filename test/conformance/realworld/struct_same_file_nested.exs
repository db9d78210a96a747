# Nested structs of modules the same script defines: Elixir expands a struct's fields before the
# struct itself, so the innermost struct is the one reported.
defmodule Address do
  defstruct [:city]
end

defmodule Customer do
  defstruct [:name, :address]
end

handler = fn name -> Enum.map([name], &String.upcase/1) end
customer = %Customer{name: "ann", address: %Address{city: "Oslo"}}
IO.inspect({handler, customer})
