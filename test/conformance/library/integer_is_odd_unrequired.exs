# Integer.is_odd/1 without require Integer: Elixir's UndefinedFunctionError naming the macro
IO.inspect(Integer.is_odd(3))
