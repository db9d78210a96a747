# :string.trim/1,2,3 as OTP 25's string.erl: no separators give the subject back as it is; a
# subject that is no chardata fails in trim_l/2 (under trim/3 for both sides) or trim_t/3 with the
# separators it was given, at string.erl's lines
for args <- [[1], [1, :leading], [1, :trailing], [1, :both, ' '], [1, :leading, 'ab'], [:a, :both, []], [1, :both, [?a]]] do
  try do IO.inspect apply(:string, :trim, args) rescue e -> IO.inspect({Exception.message(e), Enum.take(__STACKTRACE__, 2)}) end
end
