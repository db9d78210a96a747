f = fn x ->
  cond do
    x -> 1
    _ -> 2
  end
end
