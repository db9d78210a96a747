# Code.format_string!/2's locals_without_parens: (name: arity or :*): those calls written without
# parentheses stay without them; the others get parentheses
src = "defmodule R do\n  plug :auth\n  plug Other, opts: 1\n  field :name, :string\n  get \"/\", to: Home\n  other 1\nend"
IO.puts Code.format_string!(src)
IO.puts Code.format_string!(src, locals_without_parens: [plug: 1, plug: 2, field: :*, get: 2])
