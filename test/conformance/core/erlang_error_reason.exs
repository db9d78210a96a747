# ErlangError's message: the original inspected, then the reason exactly as given
for e <- [
      %ErlangError{original: :enoent},
      %ErlangError{original: :enotsup, reason: "\n\n  * why it failed"},
      %ErlangError{original: {:tag, 1}, reason: " (more)"}
    ] do
  IO.inspect(Exception.message(e))
end

try do
  raise ErlangError, original: :eacces, reason: "\n\n  * 1st argument: not allowed"
rescue
  e -> IO.puts(Exception.format(:error, e, []))
end

raise ErlangError, original: :enotsup, reason: "\n\n  * last words"
