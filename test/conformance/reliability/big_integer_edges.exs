# Huge integers at the edges: floats of integers past the largest float, results at OTP's integer
# size limit (a short shift or a sum reaching it), digits and undigits of long numbers.
big = Integer.pow(10, 400)
# 2^33,554,367: the largest power of two below OTP's limit (made at run time: no constant folding)
half = :erlang.bsl(String.to_integer("1"), 33_554_367)
for f <- [fn -> :math.sqrt(big) end, fn -> big / 3 end, fn -> big * 1.0 end, fn -> :erlang.float(big) end,
          fn -> big + 0.5 end, fn -> big > 1.0e300 end, fn -> :math.log(big) end, fn -> half |> :erlang.bsl(1) end,
          fn -> -half * 2 end, fn -> div(big, 0) end,
          fn -> half + half end, fn -> Integer.digits(Integer.pow(7, 3000)) |> length() end,
          fn -> Integer.undigits(List.duplicate(9, 5000)) |> rem(1000) end, fn -> round(1.0e20) end, fn -> String.to_integer(String.duplicate("9", 40000)) |> rem(97) end] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
