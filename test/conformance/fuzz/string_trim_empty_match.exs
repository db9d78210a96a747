# String.trim/2, trim_leading/2 and trim_trailing/2 go through replace_leading/replace_trailing,
# which refuse an empty string to remove (beamlet returned the string; fuzz-diff seed 9902)
for {f, args} <- [trim_leading: ["ab", ""], trim_trailing: ["ab", ""], trim: ["ab", ""], trim_leading: ["", ""], trim: ["Ǆ", ""], trim: ["aba", "a"]] do
  try do
    IO.inspect(apply(String, f, args))
  rescue
    e -> IO.inspect({f, e})
  end
end
