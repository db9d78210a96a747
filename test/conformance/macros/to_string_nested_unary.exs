# Unary operators on unary operators, as Elixir 1.14's Macro.to_string and formatter write them:
# ! and not nest bare (!!a, not not a), other pairs take parentheses (-(-a), not (!a), !(not a));
# a unary operation the source put in parentheses (a block of it) keeps them as an operand of one
for q <- [quote(do: !(!a)), quote(do: !a), quote(do: -(-a)), quote(do: +(+a)), quote(do: not(not a)), quote(do: !(not a)), quote(do: not(!a)), quote(do: -(!a)), quote(do: !(-a)), quote(do: !(a.b)), quote(do: !(@a)), quote(do: !(&a/1)), quote(do: -(+a)), quote(do: ~~~(~~~a)), quote(do: !(!(!a))), quote(do: !(f(a)))] do
  IO.puts(Macro.to_string(q))
end
IO.puts(Code.format_string!("!(!a)\n!!a\nnot not a\n- -a"))
for q <- [quote(do: (not a)), quote(do: x = (not a)), quote(do: (&a/1)), quote(do: f((!a))), quote(do: [(-a)]), quote(do: (-a) + 1), quote(do: (not a) and b), quote(do: ((-a))), quote(do: x = (&(&1 + 1)))] do
  IO.puts(Macro.to_string(q))
end
IO.puts(Macro.to_string({:not, [], [{:not, [], [{:a, [], nil}]}]}))
IO.puts(Macro.to_string({:!, [], [{:not, [], [{:a, [], nil}]}]}))
IO.puts(Code.format_string!("x = (not a)\nf((!a))\n[(-a)]\n(-a) + 1\n(not a) and b\n!(&a/1)"))
