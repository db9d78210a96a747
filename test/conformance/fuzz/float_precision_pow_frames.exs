# Float.round/ceil/floor with a precision out of 0..15 raise in the function itself at Elixir's
# raise lines (347, 287, 240), and Integer.pow/2 with a negative exponent is :erlang.error(:badarith,
# [base, exponent]) in Integer.pow at line 106 (beamlet's BIFs gave no frame; found by fuzz-diff
# seed 16001). Frames are printed as terms: the conformance masking drops trace lines.
for f <- [fn -> Integer.pow(2, -1) end, fn -> Integer.pow(2, Function.identity(-5)) end, fn -> Integer.pow(-3, -100) end,
          fn -> Float.ceil(1.5, 16) end, fn -> Float.floor(1.5, -1) end, fn -> Float.round(1.5, 16) end,
          fn -> Float.round(2.5, :a) end, fn -> Float.ceil(-0.5, 1.0) end, fn -> Integer.pow(:a, 2) end, fn -> Integer.pow(2.0, 2) end] do
  try do
    IO.inspect(f.())
  rescue
    e ->
      IO.puts(Exception.format_banner(:error, e))
      for {m, f, a, loc} <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect({m, f, a, loc[:line]})
  end
end
