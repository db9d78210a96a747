# Macro.to_string of strings, interpolations, sigils and captures as elixir 1.14 prints them:
# a binary literal escaped as inspect does; `<<>>` of binaries and interpolations a string whose
# text stays as it is (newlines, tabs) but for its quotes; a sigil with the delimiter its meta
# keeps, else `"`, only the closing delimiter escaped; `& &1`; a dot or a clause on its own
x = {:x, [], nil}
conv = fn e -> {:"::", [], [{{:., [], [Kernel, :to_string]}, [], [e]}, {:binary, [], nil}]} end

cases = [
  quote(do: <<"a">>),
  {:<<>>, [], ["a", "b"]},
  {:<<>>, [], ["a", x]},
  "a\nb\tc\"d\#{e}\\",
  quote(do: f("a\nb")),
  quote(do: f('a\nb')),
  quote(do: f(:"a\nb")),
  quote(do: "x#{1}\ny"),
  {:<<>>, [], ["a\nb\tc\"d\#{e}\\f\rg\eh ié", conv.(x), "z"]},
  {:<<>>, [], ["a\nb\tc\"d\#{e}\\f\rg\eh ié"]},
  quote(do: :"a#{x}b\n"),
  {:sigil_w, [], [{:<<>>, [], ["a b"]}, []]},
  {:sigil_w, [], [{:<<>>, [], ["a\"b"]}, 'a']},
  {:sigil_r, [], [{:<<>>, [], ["a/b\n"]}, 'i']},
  {:sigil_X, [], [{:<<>>, [], ["a b"]}, []]},
  {:sigil_w, [delimiter: "("], [{:<<>>, [], ["a b"]}, []]},
  {:sigil_w, [delimiter: "\"\"\""], [{:<<>>, [], ["a b\n"]}, []]},
  {:sigil_s, [], [{:<<>>, [], ["a\nb\tc\"d\#{e}\\f", conv.(x)]}, []]},
  {:sigil_S, [], [{:<<>>, [], ["a\nb\tc\"d\#{e}\\f"]}, []]},
  {:sigil_s, [delimiter: "("], [{:<<>>, [], ["a)b(c"]}, []]},
  {:sigil_s, [delimiter: "/"], [{:<<>>, [], ["a/b"]}, []]},
  quote(do: f(~w"a b"c, ~r/a#{x}/)),
  quote(do: &(&1)),
  quote(do: &(&1 + 1)),
  quote(do: &(&1.x)),
  quote(do: Enum.map(l, &(&1))),
  {:., [], [{:__aliases__, [], [:Keyword]}, :keyword?]},
  {:., [], [{:x, [], nil}, :y]},
  {:->, [], [[1, 2], 3]},
  {:->, [], [[{:when, [], [x, {:is_atom, [], [x]}]}], x]}
]

for q <- cases do
  q |> Macro.to_string() |> String.split("\n") |> Enum.each(&IO.puts("| " <> &1))
end
