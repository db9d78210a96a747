# tags set before the first `use ExUnit.Case` are refused as the module body runs, as in Elixir 1.14
# (a second `use` after them is fine)
ExUnit.start(seed: 0)

defmodule TwiceTest do
  use ExUnit.Case
  @moduletag :one
  use ExUnit.Case, async: true
  test "x", ctx, do: IO.inspect({ctx.async, ctx.one})
end

defmodule TagsFirstTest do
  @moduletag :early
  use ExUnit.Case
  test "x", do: :ok
end
