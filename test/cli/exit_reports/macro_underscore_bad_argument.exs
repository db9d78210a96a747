IO.puts Macro.underscore("HelloWorld")
Macro.underscore(1)
