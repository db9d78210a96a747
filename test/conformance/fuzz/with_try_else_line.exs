# with's else and try's else that match nothing fail at the with's / try's own line, as a case
# does (beamlet named the line of the last else clause's code).
defmodule W do
  def w(x) do
    with {:ok, y} <- x do
      y
    else
      :error ->
        IO.puts("e")
        :err
    end
  end

  def w2(x) do
    z =
      with {:ok, a} <- x,
           {:ok, b} <- a do
        b
      else
        {:error, _} ->
          IO.puts("error")
          :failed
      end

    {z}
  end

  def t(x) do
    try do
      x
    rescue
      _ -> :rescued
    else
      1 ->
        IO.puts("one")
        :one
    end
  end
end

for f <- [fn -> W.w(:bad) end, fn -> W.w2({:ok, :nope}) end, fn -> W.w2(:x) end, fn -> W.t(2) end, fn -> W.t(1) end] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({Exception.message(e), hd(__STACKTRACE__)})
  end
end
