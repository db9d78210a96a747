# OTP's largest integer has 2^19 - 1 words of 64 bits (magnitude below 2^33,554,368): a sum,
# difference, product or negation past it is system_limit, as bsl's result is
import Bitwise
id = fn x -> x end
try_it = fn label, f ->
  r = try do
    {:ok, rem(f.(), 1_000_003)}
  rescue
    e -> e
  end
  IO.inspect(r, label: label)
end
big = 1 <<< id.(33_554_367)
try_it.("largest", fn -> big + (big - 1) end)
try_it.("add past", fn -> big + big end)
try_it.("sub past", fn -> -big - big end)
try_it.("negated largest", fn -> -(big + (big - 1)) end)
try_it.("times 2", fn -> big * id.(2) end)
try_it.("times 3", fn -> (big >>> 1) * id.(3) end)
try_it.("product", fn -> ((1 <<< id.(33_554_000)) + 1) * ((1 <<< id.(300)) + 1) end)
try_it.("product past", fn -> ((1 <<< id.(33_554_000)) + 1) * ((1 <<< id.(400)) + 1) end)
try_it.("bnot", fn -> bnot(-(big + (big - 1))) end)
try_it.("pow 1", fn -> Integer.pow(1, id.(100_000_000_000)) end)
try_it.("pow -1", fn -> Integer.pow(-1, id.(100_000_000_001)) end)
try_it.("pow 0", fn -> Integer.pow(0, id.(100_000_000_000)) end)
