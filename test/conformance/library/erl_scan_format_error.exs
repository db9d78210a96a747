# :erl_scan.format_error/1 as OTP 25's (flat text: unterminated strings and quoted atoms with
# their head written in quotes, illegal tokens, bad bases; any other term written as
# :io_lib.write/1), and the errors :erl_scan.string/1 gives: an unterminated string's head is its
# first 16 characters with escapes read, a base outside 2..36 is {:base, b}.
for e <- [{:string, ?", 'ab'}, {:string, ?', 'a\nb'}, {:string, ?", [?é, 0x80, ?", ?\\, 7]}, {:illegal, :atom},
          {:illegal, :character}, {:base, 37}, :char, :foo, {:x, 'ab', "c"}, 'abc', {:illegal, 'x'}, {:string, ?", []}] do
  IO.inspect(:erl_scan.format_error(e))
end
for src <- ['"abc', '\'ab', '$', '1 ~ 2', '"' ++ List.duplicate(?x, 40), '1.0e', '"a\\nb\\x41c', '\'abcdefghijklmnopqrstu',
            '"0123456789abcdef', '"0123456789abcdefg', 'x = "a\\', '2#12', '37#1', '1#0', '0#0', '36#z', '16#', '8#9'] do
  case :erl_scan.string(src) do
    {:error, {loc, mod, reason}, _} -> IO.inspect({loc, reason, mod.format_error(reason)})
    other -> IO.inspect(other)
  end
end
