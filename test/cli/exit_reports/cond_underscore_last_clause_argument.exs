IO.puts(
  cond do
    _ -> 2
  end
)
