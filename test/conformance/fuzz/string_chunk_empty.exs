# String.chunk("", trait) is [] whatever the trait (Elixir's first clause takes any); a non-empty
# string with a trait that is not :valid/:printable fails both clauses. Found by
# fuzz-diff-strings seed 881202.
for s <- ["", "a", "ab\x01c", <<0xFF, ?a>>], t <- [1, :valid, :printable, nil, "valid"] do
  r =
    try do
      {:ok, String.chunk(s, t)}
    rescue
      e -> {:raised, Exception.format(:error, e, __STACKTRACE__)}
    end

  IO.inspect({s, t, r})
end
