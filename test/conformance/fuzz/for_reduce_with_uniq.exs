# :reduce with :into or :uniq is a CompileError in Elixir 1.14 (beamlet ran it)
x = for a <- [1], uniq: true, reduce: 0 do
  acc -> acc + a
end

IO.inspect(x)
