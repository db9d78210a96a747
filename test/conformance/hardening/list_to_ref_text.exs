# :erlang.list_to_ref/1 reads "#Ref<0.W2.W1.W0>" as ERTS does (up to a NUL; each word below 2^32,
# the lowest below 2^18, the middle one's low 18 bits a scheduler), round trips ref_to_list/1 of a
# reference made here, and orders references read from text by their words
r = make_ref()
l = :erlang.ref_to_list(r)
IO.inspect({is_list(l), :erlang.list_to_ref(l) == r, :erlang.list_to_ref(l) === r, :erlang.list_to_ref(l) < make_ref()})
m = %{r => :found}
IO.inspect(m[:erlang.list_to_ref(l)])

attempt = fn x ->
  try do
    :erlang.list_to_ref(x)
  rescue
    e -> {:raised, Exception.message(e)}
  end
end

for x <- [
      '#Ref<0.1.2.3>', '#Ref<0.0.0.0>', '#Ref<0.01.2.3>', '#Ref<00.1.2.3>', '#Ref<0.1.2.0099>',
      '#Ref<0.00000000000000000001.2.3>', '#Ref<0.1.2.262143>', '#Ref<0.4294967295.4294705154.3>',
      '#Ref<0.1.1310721.3>', '#Ref<0.1.0.3>', '#Ref<0.1.2.3>' ++ [0], '#Ref<0.1.2.3>' ++ [0, ?x],
      '#Ref<0.1.2>', '#Ref<0.1.2.3.4>', '#Ref<0.1.2.3.4.5>', '#Ref<1.1.2.3>', '#Ref< 0.1.2.3>',
      '#Ref<0.1.2.3> ', 'abc', [], '#Ref<0.4294967296.2.3>', '#Ref<0.1.2.3', '#Ref<0.-1.2.3>',
      '#Ref<0.1.2.99999999999>', '#Ref<0.1.2.262144>', '#Ref<0.1.3.3>', '#Ref<0.1.4294967295.3>',
      '#Ref<0..2.3>', ['#Ref<0.1.2.3>'], '#Ref<0.1.2.+3>', '#ref<0.1.2.3>', '#Ref<0.1.2.3' ++ [0, ?>],
      [0], '#Ref<0.1.2.3>' ++ [256], '#Ref<0.1.2.3>' ++ [-1], [?# | :a], :abc, "#Ref<0.1.2.3>"
    ] do
  IO.inspect({x, attempt.(x)})
end

t = fn s -> :erlang.list_to_ref(s) end
refs = Enum.map(['#Ref<0.2.2.3>', '#Ref<0.1.262146.3>', '#Ref<0.1.2.4>', '#Ref<0.1.2.3>', '#Ref<0.1.1.3>'], t)
IO.inspect(Enum.map(Enum.sort(refs), &:erlang.ref_to_list/1))
IO.inspect({t.('#Ref<0.1.2.3>') == t.('#Ref<0.01.2.3>'), t.('#Ref<0.1.2.3>') < make_ref(), make_ref() < t.('#Ref<0.4294967295.4294705154.262143>')})
:erlang.list_to_ref('nope')
