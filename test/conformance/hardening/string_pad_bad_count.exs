# String.pad_leading/pad_trailing with a string padding and a count that is no non-negative
# integer: the padding is split into graphemes first (Elixir 1.14's binary clause), so the
# FunctionClauseError's frame shows that list (beamlet showed the string). Found by fuzz-diff
# seeds 963021 and 964031.
for {f, args} <- [
      {:pad_trailing, ["a\nbABC def", 6..7, "é"]},
      {:pad_leading, ["tab\there", -1..0//2, "a\nb"]},
      {:pad_trailing, ["abc", -2, <<1, 2, 3>>]},
      {:pad_leading, ["abc", -1, ""]},
      {:pad_leading, ["abc", :x, ["a", "b"]]},
      {:pad_leading, ["abc", -1]},
      {:pad_trailing, ["abc", 1.5, "xy"]},
      {:pad_leading, ["abc", 5, "xy"]}
    ] do
  try do
    IO.inspect(apply(String, f, args))
  rescue
    e -> IO.inspect({e.__struct__, hd(__STACKTRACE__)})
  end
end
