# A page's first program, compiled at build time: it runs without the compiler, which the page
# fetches on its first compilation; the exceptions File raises are there without it.
IO.puts("compiled at build time")

try do
  File.cp!("/nope", "/x")
rescue
  e -> IO.inspect(e)
end

IO.inspect(Enum.map([1, 2, 3], &(&1 * 2)))
