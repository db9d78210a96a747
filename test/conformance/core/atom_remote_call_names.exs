# How Elixir writes a function name after `Mod.` (Exception.format_mfa, Macro.inspect_atom
# :remote_call) and classifies atoms (Macro.classify_atom, operator?, special_form?)
names = [:"..//", :.., :..., :., :%, :%{}, :{}, :<<>>, :->, :+, :"::", :"//", :"~~~", :"^^^", :"<|>",
  :"not in", :"=>", :in, :when, :not, :"a b", :foo?, :Foo, :Ünicode, :é, :ñandú, :"a\u0301",
  :"a@b", :"Elixir.Foo", :Elixir, :"[]", :"foo=", :__block__, :_Foo]
for a <- names do
  IO.puts(Enum.map_join([inspect(a), Macro.classify_atom(a), Macro.operator?(a, 1), Macro.operator?(a, 2),
    Macro.inspect_atom(:remote_call, a), Exception.format_mfa(Kernel, a, 1), Exception.format_mfa(M, a, [:x])], "  ", &to_string/1))
end
for {n, a} <- [{:|, 2}, {:->, 0}, {:->, 2}, {:"=>", 2}, {:"not in", 2}, {:"^^^", 2}, {:"~~~", 1}, {:%, 2}] do
  IO.puts("#{inspect(n)}/#{a} special_form?=#{Macro.special_form?(n, a)} operator?=#{Macro.operator?(n, a)}")
end
# a frame of Kernel."..//"/3 in a stack trace
try do
  Code.eval_string("1..3//0")
rescue
  e -> IO.puts(Exception.format(:error, e, __STACKTRACE__) |> String.split("\n") |> Enum.take(3) |> Enum.join("\n"))
end
