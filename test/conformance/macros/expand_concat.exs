# Macro.expand/expand_once of Kernel.<>/2: the chain's operands in one <<>> (binaries as they are,
# others as ::binary segments), a literal that is no binary an ArgumentError
env = __ENV__
IO.inspect Macro.expand_once(quote(do: "a" <> b), env)
IO.inspect Macro.expand_once(quote(do: "a" <> b <> "c" <> d), env)
IO.inspect Macro.expand_once(quote(do: (a <> b) <> c), env)
IO.inspect Macro.expand(quote(do: x <> "y"), env)
IO.puts Macro.to_string(Macro.expand(quote(do: "pre" <> rest), env))
IO.inspect (try do Macro.expand_once(quote(do: "a" <> :b), env) rescue e -> e end)
IO.inspect (try do Macro.expand_once(quote(do: 1 <> b), env) rescue e -> e end)
IO.inspect Macro.expand_once({:<>, [line: 3], ["a", {:b, [line: 3], nil}]}, env)
