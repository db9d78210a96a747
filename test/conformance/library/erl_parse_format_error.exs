# :erl_parse.format_error/1 as OTP 25's: a message that is a deep list of characters is returned
# as it is; any other term is written as :io_lib.write/1 writes it (a deep list), so the reason
# parse_exprs/1 gives for a syntax error formats to its text.
IO.inspect(:erl_parse.format_error('syntax error before: '))
IO.inspect(:erl_parse.format_error(['syntax error before: ', ['\'+\'']]))
IO.inspect(:erl_parse.format_error([]))
IO.inspect(:erl_parse.format_error(["syntax error before: ", '\'+\'']))
IO.inspect(:erl_parse.format_error({:foo, 1}))
IO.inspect(:erl_parse.format_error(:bar))
IO.inspect(:erl_parse.format_error("abc"))
IO.inspect(:erl_parse.format_error([1, 2, -1]))
IO.inspect(:erl_parse.format_error(1.5))
for src <- ['1 + .', 'foo(.', 'case x of end.', '[1, 2 | ].'] do
  {:ok, tokens, _} = :erl_scan.string(src)
  {:error, {line, mod, reason}} = :erl_parse.parse_exprs(tokens)
  IO.puts("#{line}: #{mod.format_error(reason)}")
end
