# :rand's "niche" generator functions of OTP 25, in Erlang on OTP and here in the language (the
# rest of :rand is vm/bifs/rand.ts): the MWC59 generator (mwc59/1 and its value/float scramblers,
# mwc59_seed/0,1), the Xorshift116+ step and jump on a raw state (exsp_next/1, exsp_jump/1) and
# SplitMix64 (splitmix64_next/1). Integer arithmetic is exact here, so the masks do what OTP's do;
# a state that is no integer fails in the arithmetic, as there.
defmodule :rand do
  @moduledoc false
  import Bitwise

  @m32 (1 <<< 32) - 1
  @m58 (1 <<< 58) - 1
  @m59 (1 <<< 59) - 1
  @m64 (1 <<< 64) - 1

  def mwc59(cx0) do
    cx = cx0 &&& @m59
    133_850_370 * (cx &&& @m32) + (cx >>> 32)
  end

  def mwc59_value32(cx1) do
    cx = cx1 &&& @m32
    bxor(cx, (cx &&& (1 <<< 24) - 1) <<< 8)
  end

  def mwc59_value(cx1) do
    cx = cx1 &&& @m59
    cx2 = bxor(cx, (cx &&& (1 <<< 55) - 1) <<< 4)
    bxor(cx2, (cx2 &&& (1 <<< 32) - 1) <<< 27)
  end

  def mwc59_float(cx1) do
    cx = cx1 &&& (1 <<< 53) - 1
    cx2 = bxor(cx, (cx &&& (1 <<< 49) - 1) <<< 4)
    cx3 = bxor(cx2, (cx2 &&& (1 <<< 26) - 1) <<< 27)
    cx3 * 1.11022302462515654042e-16
  end

  # (from the default seed :rand.seed/1 uses: node and pid, the time, a unique integer)
  def mwc59_seed do
    a1 = :erlang.phash2([{node(), self()}])
    a2 = :erlang.system_time()
    a3 = :erlang.unique_integer()
    bxor(bxor(hash58(a1), hash58(a2)), hash58(a3)) + 1
  end

  def mwc59_seed(s) when is_integer(s) and s >= 0 and s <= @m58, do: hash58(s) + 1

  defp hash58(x) do
    x0 = x &&& @m58
    x1 = bxor(x0, x0 >>> 29) * 239_165_597_161_983_181 &&& @m58
    x2 = bxor(x1, x1 >>> 29) * 58_188_346_220_211_283 &&& @m58
    bxor(x2, x2 >>> 29)
  end

  def exsp_next([s1 | s0]) do
    s0_1 = s0 &&& @m58
    s1_b = bxor(s1 &&& @m58, (s1 &&& (1 <<< 34) - 1) <<< 24)
    new_s1 = s1_b |> bxor(s0_1) |> bxor(s1_b >>> 11) |> bxor(s0_1 >>> 41)
    {s0_1 + new_s1 &&& @m58, [s0_1 | new_s1]}
  end

  def exsp_jump(s) do
    {s1, as1} = exsp_jump(s, [0 | 0], 13_386_170_678_560_663, 58)
    {_, as2} = exsp_jump(s1, as1, 235_826_144_310_425_740, 58)
    as2
  end

  defp exsp_jump(s, as, _j, 0), do: {s, as}

  defp exsp_jump(s, [as0 | as1], j, n) do
    {_, ns} = exsp_next(s)

    if (j &&& 1) == 1 do
      [s0 | s1] = s
      exsp_jump(ns, [bxor(as0, s0) | bxor(as1, s1)], j >>> 1, n - 1)
    else
      exsp_jump(ns, [as0 | as1], j >>> 1, n - 1)
    end
  end

  def splitmix64_next(x0) do
    x = x0 + 11_400_714_819_323_198_485 &&& @m64
    z0 = bxor(x, x >>> 30) * 13_787_848_793_156_543_929 &&& @m64
    z1 = bxor(z0, z0 >>> 27) * 10_723_151_780_598_845_931 &&& @m64
    {bxor(z1, z1 >>> 31) &&& @m64, x}
  end

  # The functions whose funs OTP's handler maps hold (the state's map: next, uniform, uniform_n,
  # jump; vm/bifs/rand.ts makes the maps): a step of the algorithm on its state, and uniform_s/1,2
  # and jump/1 on the whole state, as the algorithm's own functions compute them.
  # (the funs, which take their places in the module's fun table as OTP's: compiler/library_funs.ts)
  defp handler_funs do
    [&exsss_next/1, &exsss_uniform/1, &exsss_uniform/2, &exsplus_jump/1, &exsp_next/1, &exsp_uniform/1, &exsp_uniform/2,
     &exs64_next/1, &exs1024_next/1, &exs1024_jump/1, &exrop_next/1, &exrop_uniform/1, &exrop_uniform/2, &exrop_jump/1,
     &exro928ss_next/1, &exro928ss_uniform/1, &exro928ss_uniform/2, &exro928_jump/1]
  end

  defp exsss_next(r), do: :beamlet.rand_next(:exsss, r)
  defp exs64_next(r), do: :beamlet.rand_next(:exs64, r)
  defp exs1024_next(r), do: :beamlet.rand_next(:exs1024, r)
  defp exrop_next(r), do: :beamlet.rand_next(:exrop, r)
  defp exro928ss_next(r), do: :beamlet.rand_next(:exro928ss, r)
  defp exsss_uniform(state), do: :rand.uniform_s(state)
  defp exsss_uniform(range, state), do: :rand.uniform_s(range, state)
  defp exsp_uniform(state), do: :rand.uniform_s(state)
  defp exsp_uniform(range, state), do: :rand.uniform_s(range, state)
  defp exrop_uniform(state), do: :rand.uniform_s(state)
  defp exrop_uniform(range, state), do: :rand.uniform_s(range, state)
  defp exro928ss_uniform(state), do: :rand.uniform_s(state)
  defp exro928ss_uniform(range, state), do: :rand.uniform_s(range, state)
  defp exsplus_jump(state), do: :rand.jump(state)
  defp exs1024_jump(state), do: :rand.jump(state)
  defp exrop_jump(state), do: :rand.jump(state)
  defp exro928_jump(state), do: :rand.jump(state)
end
