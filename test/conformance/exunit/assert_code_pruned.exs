# The code: of assert/refute/assert_received is shown without metadata (a sigil loses its delimiter); refute_received keeps it.
ExUnit.start(seed: 0)
defmodule AT3 do
  use ExUnit.Case
  test "1", do: assert_received ~D[2020-01-01]
  test "2", do: refute_receive ~D[2020-01-01]
  test "3", do: assert ~D[2020-01-01] = ~D[2020-01-02]
  test "4", do: assert match?(~D[2020-01-01], ~D[2020-01-02])
  test "5", do: refute ~w[a b] == ["a", "b"]
  test "6", do: assert ~w[a b] |> Enum.member?("c")
  test "7" do
    send(self(), ~D[2020-01-01])
    refute_received ~D[2020-01-01]
  end
  test "8", do: assert_raise ArgumentError, fn -> ~D[2020-01-01] end
end
