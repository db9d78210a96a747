# String.split/3 wants its options as a list: every clause is guarded by is_list(options), so a
# string, atom or map there is FunctionClauseError in String.split/3 whatever the pattern.
cases = [
  {"a,b", ",", "trim"},
  {"a,b", ",", :trim},
  {"a,b", ",", %{trim: true}},
  {"a,b", ~r/,/, "c"},
  {"a,b", "", {:parts, 2}},
  {"é", <<255>>, "q"},
  {"a,b", [",", ";"], nil},
  {"a,b", ",", [trim: true]}
]

for {s, p, o} <- cases do
  try do
    IO.inspect(String.split(s, p, o))
  rescue
    e -> IO.puts(Exception.format(:error, e, __STACKTRACE__) |> String.split("\n") |> hd())
  end
end

String.split("a b", " ", "x")
