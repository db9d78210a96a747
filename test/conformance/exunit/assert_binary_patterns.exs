# assert/assert_receive with binary patterns: the segments' types and sizes bind no variable
# (`"prefix " <> rest`, `<<a::binary-size(2), rest::binary>>`, a size from a bound variable)
ExUnit.start(seed: 0)

defmodule AssertBinaryPatternsTest do
  use ExUnit.Case

  test "prefix" do
    assert "hello " <> name = "hello world"
    assert name == "world"
  end

  test "segments" do
    assert <<a::binary-size(2), n::integer-size(8), rest::binary>> = <<"ab", 7, "tail">>
    assert {a, n, rest} == {"ab", 7, "tail"}
  end

  test "size from a variable" do
    len = 3
    assert <<head::binary-size(len), _::binary>> = "abcdef"
    assert head == "abc"
  end

  test "received" do
    send(self(), {:line, "GET /index"})
    assert_received {:line, "GET " <> path}
    assert path == "/index"
  end

  test "prefix fails" do
    assert "hello " <> name = "bye world"
    name
  end

  test "segments fail" do
    assert <<_::binary-size(4), rest::binary>> = "ab"
    rest
  end
end
