# Macro.to_string/1: a 2-tuple that is a list's element keeps its keyword list's brackets
# ([{a, [k: 1]}]); elsewhere the keywords of a tuple's last element lose them
for f <- ["{a, [k: 1]}", "[{a, [k: 1]}]", "{a, b, [k: 1]}", "[{a, b, [k: 1]}]", "foo({a, [k: 1]})", "[x, {a, [k: 1]}]", "{{a, [k: 1]}}", "%{a => {a, [k: 1]}}", "[{a, [k: 1]} | t]", "[a: {a, [k: 1]}]", "{:ok, {a, [k: 1]}}", "x = {a, [k: 1]}", "[[{a, [k: 1]}]]", "<<{a, [k: 1]}>>", "{[{a, [k: 1]}]}", "foo([{a, [k: 1]}])", "[{a, b: 1}]"] do
  q = f |> Code.string_to_quoted!() |> Macro.prewalk(fn {a, m, b} when is_list(m) -> {a, [], b}; x -> x end)
  IO.puts(Macro.to_string(q))
end
