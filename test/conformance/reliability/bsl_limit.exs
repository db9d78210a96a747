# `1 bsl 1_000_000` works as on OTP 25: shifts are refused only past the largest integer (33,554,368 bits), with SystemLimitError
import Bitwise
for s <- [1_000_000, 33_554_366, 33_554_367, 33_554_368] do
  IO.inspect({s, try do bsl(1, s) |> then(fn _ -> :ok end) rescue e -> e end})
end
IO.inspect(try do bsl(3, 33_554_366) |> then(fn _ -> :ok end) rescue e -> e end)
IO.inspect(try do bsr(1, -33_554_368) |> then(fn _ -> :ok end) rescue e -> e end)
IO.inspect(byte_size(:binary.encode_unsigned(bsl(1, 1_000_000))))
