# :unicode.characters_to_binary/1 of chardata long enough to be converted in chunks
# (vm/bifs/unicode_chardata_job.ts): the same bytes, and what is not well-formed far into it
# answers as on the BEAM (errors, incomplete, badarg with its frames).
l = String.to_charlist(String.duplicate("abcdé€😀", 20_000))
b = :unicode.characters_to_binary(l)
IO.inspect({byte_size(b), b == String.duplicate("abcdé€😀", 20_000)})
IO.inspect(byte_size(:unicode.characters_to_binary([l, "xé", [l | "yz"], [[[]]]])))
{:error, done, rest} = :unicode.characters_to_binary(l ++ [0xD800, ?a])
IO.inspect({byte_size(done), rest})
{:error, done, rest} = :unicode.characters_to_binary([l, <<255, 1>>, ?z])
IO.inspect({byte_size(done), rest})
{:incomplete, done, rest} = :unicode.characters_to_binary([l, <<0xE2, 0x82>>])
IO.inspect({byte_size(done), rest})

try do
  :unicode.characters_to_binary(l ++ [:bad])
rescue
  e -> IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 2) |> Enum.map(fn {m, f, a, loc} -> {m, f, if(is_list(a), do: length(a), else: a), loc} end)})
end
