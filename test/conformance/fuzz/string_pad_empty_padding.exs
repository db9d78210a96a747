# String.pad_leading/3 and pad_trailing/3 with "" (no graphemes) have no clause whatever the
# count; the frame shows the [] they got (beamlet returned the string when no padding was
# needed, and showed ""; found by fuzz-diff seed 9905)
for {f, args} <- [pad_leading: ["ABC def", 7, ""], pad_trailing: ["a", 0, ""], pad_leading: ["a", 3, ""], pad_trailing: ["ab", 1, ""], pad_leading: ["ab", 4, "xy"]] do
  try do
    IO.inspect(apply(String, f, args))
  rescue
    e -> IO.inspect({e, Enum.take(__STACKTRACE__, 1)})
  end
end
