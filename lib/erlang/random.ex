# Erlang's deprecated :random (OTP 25 still ships it): the Wichmann-Hill generator (AS 183), its
# state three integers kept in the process dictionary under :random_seed, the default state
# {3172, 9814, 20125}. Programs seed it and compare sequences, so the numbers are OTP's.
defmodule :random do
  @m1 30269
  @m2 30307
  @m3 30323

  def seed0(), do: {3172, 9814, 20125}

  # seed/0: back to the default state; the seeds return the state they replace (or :undefined)
  def seed() do
    case seed_put(seed0()) do
      :undefined -> seed0()
      old -> old
    end
  end

  def seed({a1, a2, a3}), do: seed(a1, a2, a3)

  def seed(a1, a2, a3) do
    seed_put({rem(:erlang.abs(a1), @m1 - 1) + 1, rem(:erlang.abs(a2), @m2 - 1) + 1, rem(:erlang.abs(a3), @m3 - 1) + 1})
  end

  defp seed_put(seed), do: Process.put(:random_seed, seed)

  def uniform() do
    {a1, a2, a3} =
      case Process.get(:random_seed) do
        nil -> seed0()
        tuple -> tuple
      end

    {r, seed} = next(a1, a2, a3)
    Process.put(:random_seed, seed)
    r
  end

  @file "random.erl"
  @beamlet_def_line 119
  def uniform(n) when is_integer(n) and n >= 1, do: trunc(uniform() * n) + 1

  def uniform_s({a1, a2, a3}), do: next(a1, a2, a3)

  def uniform_s(n, state) when is_integer(n) and n >= 1 do
    {f, state} = uniform_s(state)
    {trunc(f * n) + 1, state}
  end

  defp next(a1, a2, a3) do
    b1 = rem(a1 * 171, @m1)
    b2 = rem(a2 * 172, @m2)
    b3 = rem(a3 * 170, @m3)
    r = b1 / @m1 + b2 / @m2 + b3 / @m3
    {r - trunc(r), {b1, b2, b3}}
  end
end
