# an interpolated atom is quoted as :erlang.binary_to_atom(<<...>>, :utf8); Macro.to_string
# writes it back as :"...#{...}" (a call of binary_to_atom on anything else stays a call)
for code <- [~S[:"MACRO-#{macro}"], ~S[:"a#{b}c"], ~S[:erlang.binary_to_atom("a#{b}", :utf8)], ~S[:erlang.binary_to_atom("ab", :utf8)],
             ~S[:erlang.binary_to_atom(x, :utf8)], ~S[:erlang.binary_to_atom("a#{b}", :latin1)], ~S[:"#{a}"], ~S[foo(:"x#{y}")],
             ~S[:erlang.function_exported(module, :"MACRO-#{macro}", arity + 1)], ~S|[a: :"x#{y}"]|] do
  quoted = Code.string_to_quoted!(code)
  IO.puts(Macro.to_string(quoted))
end

IO.puts(Macro.to_string(quote(do: :"dyn_#{name}")))
