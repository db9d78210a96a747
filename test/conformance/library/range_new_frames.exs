# Range.new/2 and /3 raise their ArgumentError at lib/range.ex's lines
for {name, f} <- [new2: fn -> Range.new(1, :a) end, new2_first: fn -> Range.new(:a, 2) end, new3: fn -> Range.new(1, 2, 0) end, new3_float: fn -> Range.new(1, 2.0, 1) end] do
  try do
    f.()
  rescue
    e -> IO.inspect({name, e, Enum.take(Enum.map(__STACKTRACE__, fn {m, f, a, loc} -> {m, f, a, loc[:line]} end), 2)})
  end
end

Range.new(1, nil)
