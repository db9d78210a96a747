# A character that may not continue an atom's name (`:aͰ`) is an unexpected token reported one
# column early, at the character before it, as Elixir 1.14's tokenizer counts from the colon
IO.puts("ok")
Code.eval_string("x = :abcͰ")
