IO.inspect OptionParser.parse!(["--limit", "10", "file"], strict: [limit: :integer])
try do
  OptionParser.parse!(["--limit", "abc"], strict: [limit: :integer])
rescue
  e in OptionParser.ParseError -> IO.puts("error: " <> Exception.message(e))
end
try do
  OptionParser.parse!(["--unknown"], strict: [limit: :integer])
rescue
  e in OptionParser.ParseError -> IO.puts("error: " <> Exception.message(e))
end
try do
  OptionParser.parse!(["--a", "x", "--b", "y"], strict: [a: :integer, b: :float])
rescue
  e in OptionParser.ParseError -> IO.puts("error: " <> Exception.message(e))
end
try do
  OptionParser.parse!(["--source-path", "x"], strict: [source_path: :integer])
rescue
  e in OptionParser.ParseError -> IO.puts("error: " <> Exception.message(e))
end
IO.inspect OptionParser.parse_head!(["--a", "1", "rest", "--b"], strict: [a: :integer, b: :boolean])
try do
  OptionParser.parse_head!(["--bad", "rest"], strict: [a: :integer])
rescue
  e in OptionParser.ParseError -> IO.puts("error: " <> Exception.message(e))
end
IO.inspect OptionParser.next(["--a", "1", "x"], strict: [a: :integer])
IO.inspect OptionParser.next(["x", "--a"], strict: [a: :integer])
IO.inspect OptionParser.next(["--", "x"], strict: [])
IO.inspect OptionParser.next([], strict: [])
IO.inspect OptionParser.next(["--zz"], strict: [a: :integer])
IO.inspect OptionParser.next(["--a", "q"], strict: [a: :integer])
OptionParser.parse!(["--verbose", "--nope"], strict: [verbose: :boolean])
