# Float.to_string/2 (deprecated) takes Elixir 1.14's old option list: compact: true becomes
# :compact, compact: false goes, any other option goes on to :erlang.float_to_binary/2, and
# anything but a proper list fails in Float.expand_compact/1 (beamlet: ArgumentError).
for o <- [6, [compact: true], [compact: 1], [decimals: 2, compact: false], [:compact | 1], "x"] do
  try do
    IO.inspect({o, Float.to_string(1.5, o)})
  rescue
    e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
  end
end
