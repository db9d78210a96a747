# The upgrade property from Elixir: Beamlet.UpgradeCase's functions work in any script, and in
# ExUnit tests with `use Beamlet.UpgradeCase`. Run from this directory:
#   beamlet run check_from_elixir.exs
fixed = Beamlet.UpgradeCase.assert_upgrade_safe("counter_spec.exs", "counter_v1.ex", "counter_v2_fixed.ex", seed: 1)
IO.write(fixed)

buggy = Beamlet.UpgradeCase.refute_upgrade_safe("counter_spec.exs", "counter_v1.ex", "counter_v2_buggy.ex", seed: 1)
IO.write(buggy)

try do
  Beamlet.UpgradeCase.assert_upgrade_safe("counter_spec.exs", "counter_v1.ex", "counter_v2_buggy.ex", seed: 1, runs: 10)
rescue
  e in ExUnit.AssertionError -> IO.puts("assert_upgrade_safe raised ExUnit.AssertionError: " <> hd(String.split(e.message, "\n", parts: 2)))
end
