defmodule CounterUpgradeTest do
  # use ExUnit.Case + check_upgrade/4, assert_upgrade_safe/4, refute_upgrade_safe/4
  use Beamlet.UpgradeCase, async: true

  @moduletag timeout: 300_000

  test "the fixed v2 keeps every counter sound through the upgrade" do
    assert_upgrade_safe("counter_spec.exs", "counter_v1.ex", "counter_v2_fixed.ex", seed: 1)
  end

  test "the buggy v2 forgets what a paused counter buffered" do
    report = refute_upgrade_safe("counter_spec.exs", "counter_v1.ex", "counter_v2_buggy.ex", seed: 1)
    assert report =~ "cast :pause"
    assert report =~ "the invariant does not hold on the state after code_change"
  end
end
