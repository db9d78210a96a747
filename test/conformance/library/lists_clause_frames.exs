# The fun-taking and merging :lists functions fail as OTP 25's lists.erl does: a
# FunctionClauseError in the function itself (or the helper OTP fails in: flatlength/2, uniq_1/2,
# mergel/2, umergel/3, unzip3/4) with lists.erl's line and the arguments then
calls = [
  all: 2, any: 2, droplast: 1, dropwhile: 2, enumerate: 1, enumerate: 2, filter: 2, filtermap: 2,
  flatlength: 1, flatmap: 2, foldl: 3, foldr: 3, foreach: 2, join: 2, keymap: 3, keymerge: 3,
  map: 2, mapfoldl: 3, mapfoldr: 3, merge: 1, merge: 3, merge3: 3, partition: 2, rkeymerge: 3,
  rmerge: 2, rmerge: 3, rmerge3: 3, rukeymerge: 3, rumerge: 2, rumerge: 3, rumerge3: 3,
  search: 2, sort: 2, splitwith: 2, takewhile: 2, ukeymerge: 3, ukeysort: 2, umerge: 1,
  umerge: 2, umerge: 3, umerge3: 3, uniq: 1, uniq: 2, unzip3: 1, usort: 2, zip3: 3,
  zipwith: 3, zipwith3: 4
]

for {f, a} <- calls do
  args = for i <- 1..a, do: :"bad#{i}"

  try do
    apply(:lists, f, args)
  rescue
    e ->
      [{m, fun, frame_args, loc} | _] = __STACKTRACE__
      IO.inspect({f, a, e.__struct__, {m, fun, frame_args, loc[:file], loc[:line]}})
  end
end

try do
  :lists.rumerge([1], :b)
rescue
  e -> IO.puts(Exception.format(:error, e, Enum.take(__STACKTRACE__, 1)))
end
