# A map key that is a binary operation goes in parentheses before =>, %{(a + b) => v}; a call of
# what a call returns keeps its parentheses before a do/end block, unquote(kind)(head) do; as
# Elixir 1.14 in Code.format_string! and Macro.to_string
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("%{1 + 2 => v} = m")
t.("%{1 + 2 => v, [1] ++ [2] => 3, a..b => 4, -1 => 2, f(x) => 1, a: 1}")
t.("x = %{%{a: 1} | (x <> y) => 1}")
t.("%{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa <> bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb => cccccccccccccccccccccccccccccccccccccccccccccc}")
t.("foo(1)(2) do\n  3\nend")
t.("unquote(kind)(unquote(head)) do\n  unquote(body)\nend")
t.("Mod.f x do\n  3\nend")
IO.puts Macro.to_string(quote(do: %{(1 + 2) => 1, (a when b) => 2}))
IO.puts Macro.to_string(quote(do: f(head)(x) do 1 end))
