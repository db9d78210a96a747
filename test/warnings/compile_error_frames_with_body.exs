with {:ok, v} <- {:ok, 1}, do: v3
