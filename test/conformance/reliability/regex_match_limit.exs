# a catastrophic pattern (exponential backtracking) ends at PCRE's match limit: re:run finds
# nothing (nomatch, or {:error, :match_limit} with :report_errors) and the node goes on
s = String.duplicate("a", 40) <> "b"
r = Regex.compile!("^(a|a)*$")
IO.inspect(:re.run(s, r.re_pattern))
IO.inspect(:re.run(s, r.re_pattern, [:report_errors]))
IO.inspect(:re.run(s, r.re_pattern, [:report_errors, :global]))
IO.inspect(Regex.match?(r, s))
IO.inspect(Regex.run(r, s))
IO.inspect(Regex.replace(r, s, "x"))
IO.inspect(Regex.split(r, s))
IO.inspect(Regex.scan(r, s))
IO.inspect(String.replace(s, r, "y"))
IO.inspect(String.split(s, r))
IO.inspect(Regex.run(~r/(x+x+)+y/, String.duplicate("x", 50)))
IO.inspect(Regex.run(~r/(.*a){12}/, String.duplicate("a", 11) <> String.duplicate("b", 30)))
IO.inspect(:re.run(String.duplicate("a", 20), "^(a|a)*$", [:report_errors, {:match_limit, 1000}]))
IO.inspect(:re.run(String.duplicate("a", 20) <> "b", "^(a|a)*$", [:report_errors, {:match_limit, 1000}]))
IO.inspect(:re.run(String.duplicate("a", 20) <> "b", "^(a|a)*$", [{:match_limit, 1000}]))
IO.inspect(:re.run(String.duplicate("ab", 10), "(a|b)+", [:report_errors, {:match_limit, 5}]))
# after all that, ordinary matching still works
IO.inspect(Regex.run(~r/(\d+)-(\d+)/, "tel 123-4567"))
IO.inspect(Regex.scan(~r/\w+/, String.duplicate("word ", 100_000)) |> length)
