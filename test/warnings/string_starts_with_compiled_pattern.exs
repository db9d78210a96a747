# String.starts_with?/2 takes anything but a binary or a list for a compiled pattern: Elixir
# 1.14's deprecation warning (with its stack), then :binary.match/2's answer or failure
for p <- [:a, <<1::3>>, 1, :binary.compile_pattern("a"), [""], []] do
  r =
    try do
      String.starts_with?("abc", p)
    rescue
      e -> e.__struct__
    end

  IO.inspect({p, r})
end

IO.inspect(String.starts_with?("", :a))
