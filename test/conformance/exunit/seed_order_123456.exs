# ExUnit.start(seed: 123456): each module's tests run in the order ExUnit 1.14 shuffles them to (:rand's
# exs1024 seeded from the seed); modules run newest first whatever the seed. Every test fails with
# its own name, so the numbered failure blocks show the order (output printed by tests could
# interleave with the formatter's).
ExUnit.start(seed: 123456)

defmodule AlphaTest do
  use ExUnit.Case

  for n <- 1..9 do
    test "alpha #{n}" do
      flunk("alpha #{unquote(n)}")
    end
  end
end

defmodule BetaTest do
  use ExUnit.Case

  setup do
    {:ok, from_setup: :beta}
  end

  test "b one", context, do: flunk("beta one #{context.from_setup}")
  test "b two", do: assert(1 + 1 == 3)
  test "b three", do: flunk("beta three")

  describe "nested" do
    test "b four", do: flunk("beta four")
    test "b five", do: flunk("beta five")
  end
end

defmodule GammaTest do
  use ExUnit.Case

  @tag :skip
  test "g skipped", do: flunk("never")
  test "g1", do: flunk("gamma 1")
  test "g2", do: :ok
  test "g3", do: flunk("gamma 3")
end
