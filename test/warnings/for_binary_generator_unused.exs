# A variable a binary generator binds and nothing reads is unused, in every form of `for`
defmodule U do
  def into_binary(bin), do: for(<<c <- bin>>, into: "", do: "x")
  def nested_pattern(bin), do: for(<<(<<y::8>> <- bin)>>, into: "", do: "x")
  def into_list(bin), do: for(<<c <- bin>>, do: 1)
  def shadowing(bin, c), do: for(<<c <- bin>>, into: "", do: <<c>>)
  def sized(bin) do
    k = 1
    for <<c::size(k) <- bin>>, into: "", do: "w"
  end
  def read_by_filter(bin), do: for(<<c <- bin>>, c > 1, into: "", do: "z")
  def two(bin), do: for(<<_c <- bin>>, <<d <- bin>>, into: "", do: "v")
  def reduced(bin), do: for(<<c <- bin>>, reduce: 0, do: (acc -> acc + 1))
  def uniq(bin), do: for(<<c <- bin>>, uniq: true, do: 1)
  def used(bin), do: for(<<c <- bin>>, into: "", do: <<c + 1>>)
end

IO.inspect(U.into_binary("ab"))
IO.inspect(U.used("ab"))
