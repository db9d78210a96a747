cond do
  1 -> 2
  (_) -> 2
end
