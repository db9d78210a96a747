# input ending in a comment: a missing terminator is reported at the column where the comment
# starts (the comment moves no column, as in Elixir's tokenizer)
for s <- ["[1 # hi", "[1   ", "[1 #x\n  #y", "[1 #x\n  ", "(1 #c", "\"abc", "[1,\n 2 # c", "fn x -> # c"] do
  IO.inspect Code.string_to_quoted(s)
end
