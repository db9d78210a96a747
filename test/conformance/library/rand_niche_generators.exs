# OTP 25's :rand niche generator functions, driven by hand as their docs show: MWC59 (mwc59/1 with
# mwc59_value32/value/float, mwc59_seed/1 and /0), exsp_next/1 and exsp_jump/1 on a raw
# Xorshift116+ state, splitmix64_next/1; each sequence from fixed seeds.
cx = :rand.mwc59_seed(12345)
IO.inspect(cx)
{values, _} =
  Enum.map_reduce(1..8, cx, fn _, cx ->
    cx = :rand.mwc59(cx)
    {{:rand.mwc59_value32(cx), :rand.mwc59_value(cx), :rand.mwc59_float(cx)}, cx}
  end)
Enum.each(values, &IO.inspect/1)
IO.inspect(for s <- [0, 1, 2 ** 58 - 1], do: :rand.mwc59_seed(s))
IO.inspect(is_integer(:rand.mwc59_seed()) and :rand.mwc59_seed() > 0)
IO.inspect(:rand.mwc59(2 ** 70 + 12345))
try do
  :rand.mwc59_seed(2 ** 58)
rescue
  e -> IO.inspect(e.__struct__)
end

{_, st} = :rand.seed_s(:exsp, {1, 2, 3})
IO.inspect(st)
raw = st
{xs, raw2} = Enum.map_reduce(1..6, raw, fn _, s -> :rand.exsp_next(s) end)
IO.inspect({xs, raw2})
IO.inspect(:rand.exsp_jump(raw))
IO.inspect(:rand.exsp_next(:rand.exsp_jump(raw)))

{ys, _} = Enum.map_reduce(1..6, 42, fn _, s -> :rand.splitmix64_next(s) end)
IO.inspect(ys)
IO.inspect(:rand.splitmix64_next(2 ** 64 - 1))
