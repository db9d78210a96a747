# Macro.special_form?/2, operator?/2, quoted_literal?/1, validate/1
for {n, a} <- [{:quote, 1}, {:case, 2}, {:if, 2}, {:__block__, 3}, {:fn, 1}, {:+, 2}, {:.., 0}] do
  IO.inspect({n, a, Macro.special_form?(n, a)})
end

for {n, a} <- [{:+, 1}, {:+, 2}, {:-, 3}, {:|>, 2}, {:and, 2}, {:in, 2}, {:foo, 1}, {:"..//", 3}] do
  IO.inspect({n, a, Macro.operator?(n, a)})
end

IO.inspect(Macro.quoted_literal?(quote(do: [1, :a, "b"])))
IO.inspect(Macro.quoted_literal?(quote(do: %{a: 1})))
IO.inspect(Macro.quoted_literal?(quote(do: x)))
IO.inspect(Macro.quoted_literal?(quote(do: Foo.Bar)))
IO.inspect(Macro.validate(quote(do: a + 1)))
IO.inspect(Macro.validate({:a, :b, :c, :d}))
IO.inspect(Macro.validate([1, %{}]))
