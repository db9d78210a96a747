# String.replace with a pattern list :binary refuses (an empty pattern in it): an empty subject
# comes back unchanged (:binary finds nothing before it checks the patterns); any other raises
IO.inspect String.replace("", ["", "\u2028Σ"], "[\\0]", global: false)
IO.inspect String.replace("", ["", "x"], "[\\0]")
IO.inspect String.replace("", ["x", ""], "y", global: false)
IO.inspect String.replace("", ["", ""], "y")
IO.inspect String.replace("", "", "y")
IO.inspect String.replace("", ["", "x"], fn m -> "<#{m}>" end)
for opts <- [[], [global: false]] do
  try do
    String.replace("ab", ["", "b"], "-", opts)
  rescue
    e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
  end
end
