# a variable on the left of <> in a pattern: Kernel.<> raises ArgumentError as it expands
IO.puts("compiled")
case "ab" do
  x <> "b" -> x
end
