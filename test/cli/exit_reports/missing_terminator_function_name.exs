# An unterminated quoted name after a dot: Elixir's tokenizer names it a function name.
x = Foo."ab
