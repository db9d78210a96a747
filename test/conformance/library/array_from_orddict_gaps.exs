# :array (lib/erlang/array.ex): from_orddict's tree, as OTP 25 builds it: a gap of exactly one leaf before
# an entry that starts a leaf gets that leaf built (all default), a longer gap stays unbuilt
for l <- [[{10, 10}], [{25, 1}], [{10, 10}, {112, 112}], [{35, 1}, {112, 112}], [{0, 1}, {35, 1}], [{150, 1}], [{1500, 1}], [{20, 1}, {1500, 1}], [{9, 1}, {20, 1}]] do
  IO.inspect(:array.from_orddict(l), limit: :infinity, width: 300)
end
for l <- [[{9, 1}, {30, 1}], [{99, 1}, {110, 1}], [{5, 1}, {20, 1}], [{5, 1}, {29, 1}], [{0, 1}, {20, 1}], [{19, 1}, {30, 1}], [{9, 1}, {20, 1}, {40, 1}], [{199, 1}, {210, 1}], [{99, 1}, {200, 1}], [{9,1},{21,1}], [{10, 1}, {21, 1}], [{11,1},{21,1}]] do
  a = :array.from_orddict(l)
  IO.inspect({l, :array.foldl(fn _, _, _ -> 0 end, 0, a), a}, limit: :infinity, width: 400)
end
