# :timer.tc/1,2,3 frames name OTP's timer.erl at its lines (beamlet named lib/otp/timer.ex)
defmodule T do
  def boom(), do: raise("x")
  def run(f) do
    try do
      f.()
    rescue
      _ -> IO.inspect(Enum.find(__STACKTRACE__, &match?({:timer, _, _, _}, &1)))
    end
  end
end
T.run(fn -> :timer.tc(fn -> T.boom() end) end)
T.run(fn -> :timer.tc(fn x -> T.boom(x) end, [1]) end)
T.run(fn -> :timer.tc(T, :boom, []) end)
