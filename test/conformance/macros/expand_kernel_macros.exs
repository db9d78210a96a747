# Macro.expand_once/2 and Macro.expand/2 of Kernel's macros outside guards, shown with
# Macro.to_string as real Elixir prints them: in, is_nil, and/or, match?, ranges, raise, sigils,
# to_string/to_charlist, then/tap, is_struct/is_exception, !!, remote Kernel calls, __ENV__ fields
exprs = [
  quote(do: a in [1, 2, 3]),
  quote(do: a in 1..3),
  quote(do: a in 3..1),
  quote(do: a in []),
  quote(do: a in b),
  quote(do: a in 1..b),
  quote(do: a not in [1, 2]),
  quote(do: is_nil(a)),
  quote(do: a != nil and b),
  quote(do: a or b),
  quote(do: match?({:ok, _}, x)),
  quote(do: match?(y when y > 1, x)),
  quote(do: to_string(x)),
  quote(do: to_charlist(x)),
  quote(do: a..b),
  quote(do: 1..3),
  quote(do: 5..1),
  quote(do: 1..10//2),
  quote(do: raise("oops")),
  quote(do: raise("oops #{x}")),
  quote(do: raise(ArgumentError, "bad")),
  quote(do: raise(ArgumentError)),
  quote(do: raise(ArgumentError, message: "x")),
  quote(do: raise(e)),
  quote(do: Kernel.if(true, do: 1)),
  quote(do: Kernel.unless(a, do: 1)),
  quote(do: ~c(abc)),
  quote(do: ~c(a\tb)),
  quote(do: ~C(a\tb)),
  quote(do: ~S(a#{b})),
  quote(do: ~s(hello\n)),
  quote(do: ~s(a #{b} c)),
  quote(do: ~w(a b c)),
  quote(do: ~w(a b c)a),
  quote(do: ~w[a b c]c),
  quote(do: ~W(a\n #{b})),
  quote(do: ~w(a #{b} c)),
  quote(do: ~w(a #{b} c)a),
  quote(do: is_struct(x)),
  quote(do: is_exception(x)),
  quote(do: then(x, &(&1 + 1))),
  quote(do: then(x, fn y -> y end)),
  quote(do: tap(x, &IO.inspect/1)),
  quote(do: var!(x)),
  quote(do: alias!(Foo)),
  quote(do: !!a),
  quote(do: __ENV__.line),
  quote(do: div(a, 2)),
  quote(do: String.upcase(x)),
  quote(do: cond do
    a -> 1
    true -> 2
  end)
]

for e <- exprs do
  IO.puts(Macro.to_string(e) <> "  =>  " <> Macro.to_string(Macro.expand_once(e, __ENV__)))
  IO.puts("   expand => " <> Macro.to_string(Macro.expand(e, __ENV__)))
end

try do
  Macro.expand_once(quote(do: sigil_w("a b", [?a])), __ENV__)
rescue
  e -> IO.puts(Exception.message(e))
end

IO.inspect(quote(do: ~w(a b)a))
IO.inspect(quote(do: ~r/x/))
