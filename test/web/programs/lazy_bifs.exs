# Every BIF group the browser build loads on first use (vm/bifs/lazy_groups.ts), called as a
# first program would: from several processes at once, from a macro at compile time (in a module
# the script defines, and in Code.eval_string), and again once loaded.
defmodule Hex do
  defmacro hex(s), do: Base.encode16(s)
  defmacro upper(s), do: :string.uppercase(s)
end

defmodule UsesHex do
  require Hex
  def v, do: Hex.hex("beamlet")
  def beam?(s), do: s =~ ~r/b(ea)m/
end

# a literal regex is compiled with the program, by :re's code
IO.inspect(Regex.run(~r/\d+/, "abc 123"))
IO.inspect(UsesHex.beam?("beamlet"))

IO.puts(UsesHex.v())
IO.inspect(Code.eval_string(~S[require Hex; Hex.upper("evaluated")]))

tasks = for i <- 1..3, do: Task.async(fn -> :rand.seed(:exsss, {i, i, i}); :rand.uniform(1000) end)
IO.inspect(Task.await_many(tasks))
IO.inspect(for(_ <- 1..3, do: :rand.uniform(10)) |> length())

t = :ets.new(:t, [:set])
true = :ets.insert(t, [{:a, 1}, {:b, 2}])
IO.inspect({:ets.lookup(t, :a), :ets.info(t, :size)})

IO.puts(:crypto.hash(:sha256, "abc") |> Base.encode16(case: :lower))
IO.inspect({:erlang.crc32("beamlet"), :erlang.adler32("beamlet")})
:persistent_term.put(:k, 1)
IO.inspect(:persistent_term.get(:k))
c = :counters.new(1, [])
:counters.add(c, 1, 5)
IO.inspect(:counters.get(c, 1))
:yes = :global.register_name(:g, self())
IO.inspect(:global.whereis_name(:g) == self())
IO.inspect(:string.pad("ab", 4))
IO.inspect(Base.decode64!("YmVhbWxldA=="))
