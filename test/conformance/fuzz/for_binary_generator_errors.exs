# A binary generator over a value that is no bitstring fails when it is reached, as Elixir's
# elixir_erl_for compiles it: {:bad_generator, v} in the Erlang comprehension made when every
# generator is a binary one (no into, into: [] or into: ""), {:badarg, v} from the reduce's named
# fun otherwise (with list generators, into: a collectable, uniq:, reduce:); leftover bits are
# skipped. Into "" from binary generators only, each value is appended as <<acc::bitstring,
# v::bitstring>>: a value that is no bitstring is a binary construction failure (segment 2), a
# literal list, tuple or atom the plain badarg OTP's compiler emits. beamlet returned [] / "" for
# every bad generator and raised {:badarg, v} for every bad value (found by fuzz-diff-lang seed 2).
defmodule M do
  def id(x), do: x

  def t(f) do
    try do
      IO.inspect(f.())
    catch
      k, e -> IO.inspect({k, e})
    end

    try do
      f.()
    rescue
      e -> IO.puts(Exception.message(e))
    catch
      _, _ -> :ok
    end
  end
end

M.t(fn -> for x <- [], <<y <- M.id(%{a: 1})>>, do: {x, y} end)
M.t(fn -> for x <- [0, 5], x > 1, <<y <- M.id(:a)>>, do: {x, y} end)
M.t(fn -> for x <- [0], x > 1, <<y <- M.id(:a)>>, do: {x, y} end)
M.t(fn -> for <<y <- M.id(:a)>>, do: y end)
M.t(fn -> for <<y <- M.id(<<1::4>>)>>, do: y end)
M.t(fn -> for <<y <- M.id(:a)>>, x <- [1], do: {x, y} end)
M.t(fn -> for x <- [1], <<y <- M.id(:a)>>, into: [], do: {x, y} end)
M.t(fn -> for x <- [1], <<y <- M.id(:a)>>, into: "", do: <<y>> end)
M.t(fn -> for <<y <- M.id(:a)>>, into: "", do: <<y>> end)
M.t(fn -> for <<y <- M.id(:a)>>, into: [], do: y end)
M.t(fn -> for <<y <- M.id(:a)>>, into: %{}, do: {y, y} end)
M.t(fn -> for <<y <- M.id(:a)>>, into: MapSet.new(), do: y end)
M.t(fn -> for <<y <- M.id(:a)>>, uniq: true, do: y end)
M.t(fn -> for <<y <- M.id(:a)>>, reduce: 0, do: (acc -> acc + y) end)
M.t(fn -> for <<x <- "ab">>, <<y <- M.id([1])>>, do: {x, y} end)
M.t(fn -> for x <- [1], <<y <- M.id(<<1, 2::4>>)>>, do: {x, y} end)
M.t(fn -> for <<y <- M.id(<<1, 2::4>>)>>, reduce: 0, do: (acc -> acc + y) end)
M.t(fn -> for <<y <- M.id(<<1, 2::4>>)>>, into: MapSet.new(), do: y end)
M.t(fn -> for <<y::16 <- M.id(<<1, 2, 3>>)>>, x <- [1], do: {x, y} end)
M.t(fn -> for <<x <- "ab">>, into: "", do: x end)
M.t(fn -> for <<x <- "ab">>, into: "", do: M.id([x]) end)
M.t(fn -> for <<x <- "ab">>, into: "", do: M.id(:a) end)
M.t(fn -> for <<x <- "ab">>, x > 97, into: "", do: [x] end)
M.t(fn -> for <<x <- "ab">>, into: "", do: {x} end)
M.t(fn -> for <<x <- "ab">>, into: "", do: :a end)
M.t(fn -> for <<x <- "ab">>, <<y <- "c">>, into: "", do: M.id(x + y) end)
M.t(fn -> for <<x::4 <- "ab">>, into: "", do: <<x::4>> end)
M.t(fn -> for <<x <- "ab">>, <<y::1 <- <<x>> >>, y == 1, into: "", do: <<y::1>> end)
M.t(fn -> for <<x <- "abc">>, x != ?b, into: "", do: "é" end)
M.t(fn -> for <<x <- "ab">>, uniq: true, into: "", do: x end)
M.t(fn -> for x <- [1, 2], into: "", do: {x, x} end)
M.t(fn -> for <<x <- "ab">>, into: <<>>, do: M.id(:a) end)
M.t(fn -> for <<x <- M.id(:a)>>, into: <<>>, do: <<x>> end)
M.t(fn -> for <<x <- "ab">>, into: <<>>, do: <<x, x>> end)
