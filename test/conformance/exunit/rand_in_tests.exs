# :rand inside tests: ExUnit seeds each test's process from the run's seed and the test's module
# and name, so a given --seed draws the same numbers as on the BEAM (each assertion fails showing them)
ExUnit.start(seed: 4242)

defmodule RandInTestsTest do
  use ExUnit.Case

  test "uniform integers" do
    assert Enum.map(1..5, fn _ -> :rand.uniform(1000) end) == []
  end

  test "floats and normal" do
    assert {:rand.uniform(), :rand.normal(), :rand.uniform_real()} == {}
  end

  test "Enum.random and shuffle" do
    assert {Enum.random(1..100), Enum.shuffle(1..8), Enum.take_random(1..50, 3)} == nil
  end
end

defmodule OtherModuleTest do
  use ExUnit.Case

  test "uniform integers" do
    assert :rand.uniform(1_000_000) == 0
  end

  test "the exported seed" do
    assert :rand.export_seed() == nil
  end
end
