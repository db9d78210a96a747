# Protocol's functions in a script: assert_protocol!/1 and assert_impl!/2 with their ArgumentErrors,
# consolidated?/1 (a script's protocols are not consolidated, Elixir's own included), the
# __protocol__/1 reflection, extract_protocols/extract_impls over directories without modules.
defprotocol Sizer do
  def size(x)
end
defimpl Sizer, for: List do
  def size(l), do: length(l)
end
IO.inspect Enumerable.__protocol__(:module)
IO.inspect Sizer.__protocol__(:functions)
IO.inspect Sizer.__protocol__(:consolidated?)
IO.inspect Enumerable.__protocol__(:consolidated?)
IO.inspect Sizer.List.__impl__(:protocol)
IO.inspect Protocol.consolidated?(Enumerable)
IO.inspect Protocol.consolidated?(Sizer)
IO.inspect Protocol.assert_protocol!(Sizer)
IO.inspect Protocol.assert_impl!(Sizer, List)
for f <- [fn -> Protocol.assert_protocol!(String) end, fn -> Protocol.assert_impl!(Sizer, Map) end, fn -> Protocol.assert_protocol!(NoSuchModZ) end, fn -> Protocol.assert_impl!(Enumerable, String) end] do
  try do
    f.()
  rescue
    e -> IO.inspect(e)
  end
end
IO.inspect Protocol.extract_impls(Sizer, [])
IO.inspect Protocol.extract_protocols([])
IO.inspect {Protocol.extract_impls(Sizer, ["/nonexistent_dir_zz"]), Protocol.extract_protocols(["/nonexistent_dir_zz"])}
IO.inspect {Sizer.__protocol__(:impls), Protocol.consolidated?(String.Chars), Protocol.consolidated?(Inspect)}
