# :io_lib's writers and predicates as Erlang-style code calls them: write_atom, write_string/1,2,
# write_char, the latin1/unicode variants, quote_atom, printable_*_list, char_list and
# deep_char_list, chars_length, indentation, nl; the latin1 writers refuse characters past 255.
atoms = [:abc, :"hello world", :Abc, :"a-b", :"été", :"日本", :_x, :"x@y", :and, :"it's", :"", :nil]
for a <- atoms do
  IO.inspect({a, :io_lib.write_atom(a), :io_lib.write_atom_as_latin1(a), :io_lib.quote_atom(a, Atom.to_charlist(a))})
end

strings = ['plain', 'tab\there', 'quote"s', 'back\\slash', 'nl\n', [0, 1, 127, 128, 159, 160, 255], 'été', [1000, 20320], []]
for s <- strings do
  latin1 =
    try do
      :io_lib.write_latin1_string(s)
    rescue
      e in FunctionClauseError -> {e.module, e.function, e.arity}
    end

  IO.inspect({s, :io_lib.write_string(s), :io_lib.write_string(s, ?'), latin1})
end

for s <- ['été', [1000, 20320], 'abc'] do
  IO.inspect({:io_lib.write_unicode_string(s), :io_lib.write_string_as_latin1(s), :io_lib.write_string_as_latin1(s, ?')})
end

for c <- [?a, ?\n, ?\s, ?', ?", ?\\, 0, 127, 200, 1000, 20320] do
  IO.inspect({c, :io_lib.write_char(c), :io_lib.write_latin1_char(min(c, 255)), :io_lib.write_unicode_char(c), :io_lib.write_char_as_latin1(c)})
end

lists = ['abc', 'tab\t', [7], [200], [1000], [0], [127], ["abc"], ['ab', 'c'], [?a | ?b], [?a, :b], 'x' ++ [255], [256], [-1], :notalist, "bin", []]
for l <- lists do
  IO.inspect({l, :io_lib.printable_list(l), :io_lib.printable_latin1_list(l), :io_lib.printable_unicode_list(l),
    :io_lib.char_list(l), :io_lib.deep_char_list(l), :io_lib.latin1_char_list(l), :io_lib.deep_latin1_char_list(l),
    :io_lib.deep_unicode_char_list(l)})
end

IO.inspect(:io_lib.nl())
IO.inspect(:io_lib.chars_length(['abc', ["de", ?f], 'g']))
IO.inspect(:io_lib.chars_length([]))
IO.inspect(for s <- ['abc', 'a\tb', '\t', 'ab\ncd', 'abc\t\tx', []], do: :io_lib.indentation(s, 0))
IO.inspect(:io_lib.indentation('ab\tc', 5))
IO.inspect(:io_lib.chars_length(["é", 'ab']))
IO.inspect(:io_lib.chars_length([1000, 'ab']))

for f <- [fn -> :io_lib.write_latin1_char(300) end, fn -> :io_lib.write_char(-1) end, fn -> :io_lib.write_atom("x") end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
IO.inspect({:io_lib.write_atom(:maybe), :io_lib.write(:maybe), :io_lib.write_atom(:else)})
