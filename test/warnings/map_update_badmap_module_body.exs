defmodule M do
  try do
    %{:a | a: 1}
  rescue _ -> :ok
  end
end
