# `<>` refusing a literal operand as it expands: the stack under Kernel's wrap_concatenation has
# the operand's own extract_concatenations frame and one for all the levels of the chain above
# it (they return to the same address, which the BEAM records once)
for src <- [~S|"a" <> :b <> "c"|, ~S|"a" <> "b" <> "c" <> "d" <> 1|, ~S|:a <> "b"|, ~S|"a" <> 1|,
            ~S|"a" <> "b" <> "c" <> :d <> "e"|, ~S|"a" <> ("b" <> 'c')|, ~S|"a" <> "b" <> 2.5|] do
  try do
    Code.eval_string(src)
  rescue
    e ->
      frames = __STACKTRACE__ |> Enum.take(5) |> Enum.map(fn {m, f, _, l} -> {m, f, l[:line]} end)
      IO.inspect({src, Exception.message(e), frames})
  end
end
