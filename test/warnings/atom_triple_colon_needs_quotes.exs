# `:::` is the atom :"::", which Elixir's tokenizer asks to be written with quotes
IO.inspect(:::)
IO.inspect([:::, :"::", 1])
