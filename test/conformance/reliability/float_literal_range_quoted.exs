# A float literal past a double's range: Code.string_to_quoted gives Elixir's {meta, "invalid float number ", token}, and evaluating it the SyntaxError
IO.inspect(Code.string_to_quoted("1.0e400"))
IO.inspect(Code.string_to_quoted("x = 1_0.5e999 + 1"))
IO.inspect(Code.string_to_quoted("[1, -2.0e308, 3.0e308]"))
IO.inspect(try do Code.eval_string("1.0e400") rescue e -> e end)
