# :string.titlecase/1 of a binary holding invalid UTF-8: OTP 25 maps the first code point and
# keeps the bytes after it as they are; a bad first byte fails with {:badarg, Bin} in
# unicode_util:titlecase/1 under string:titlecase/1. beamlet gave U+FFFD for each bad byte.
inputs = [<<255, "ab">>, <<"a", 255, "b">>, <<"ab", 255>>, <<"é", 0x80>>, <<"ǆa", 0xC3>>, <<"ßx", 0xF5>>,
  <<"\r", 255>>, <<0xC3>>, <<0x80, "a">>, <<"ﬁ", 0xED, 0xA0, 0x80>>, "valid"]

for x <- inputs do
  try do
    IO.inspect(:string.titlecase(x), label: inspect(x))
  rescue
    e ->
      IO.puts("#{inspect(x)}: #{inspect(e.__struct__)} #{inspect(Exception.message(e))}")
      IO.inspect(Enum.take(__STACKTRACE__, 2), label: "  frames")
  end
end
