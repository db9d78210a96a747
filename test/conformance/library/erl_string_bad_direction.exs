# :string's pad, trim, find and take given a direction they have no clause for fail in their own
# clause (pad/3 and trim/2 through pad/4 and trim/3, their defaults filled in), as string.erl
for {f, args} <- [find: ["a,b", ",", :middle], pad: ["a", 3, :middle, ?\s], trim: [" a ", :middle, ' '], take: ["aab", 'a', false, :middle], pad: ["a", 3, :middle], trim: [" a ", :middle]] do
  try do apply(:string, f, args) rescue e -> IO.inspect({Exception.message(e), Enum.take(__STACKTRACE__, 2)}) end
end
