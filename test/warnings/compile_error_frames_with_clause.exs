x = 1
with {:ok, v} <- {:ok, x}, {:ok, w} <- [fetch] do
  {v, w}
end
