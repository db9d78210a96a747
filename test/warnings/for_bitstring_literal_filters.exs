# A comprehension whose generators are all bitstring ones is an Erlang comprehension: each filter
# the compiler knows the value of folds (at the line of the generator before it), unless it is a
# boolean expression folded to true; after a filter folded false or nil the rest is dead code
defmodule BitsFor do
  @never_set_here nil
  def nil_filter(b), do: for(<<x <- b>>, nil, do: x)
  def false_into_binary(b), do: for(<<x <- b>>, false, into: "", do: <<x>>)
  def comparison(b), do: for(<<x <- b>>, 1 > 2, do: x)
  def true_filter(b), do: for(<<x <- b>>, true, do: x)
  def empty_list_is_options(b), do: for(<<x <- b>>, [], do: x)
  def atom_filter(b), do: for(<<x <- b>>, :ok, do: x)
  def match_filter(b), do: for(<<x <- b>>, y = 1, do: x + y)
  def truthy_then_nil(b), do: for(<<x <- b>>, :ok, nil, do: x)
  def two_truthy(b), do: for(<<x <- b>>, :ok, :a, do: x)

  def second_generator(b) do
    for <<x <- b>>,
        <<y <- b>>,
        :ok,
        nil,
        do: x + y
  end

  def generator_line(b) do
    for <<
          x <- b
        >>,
        nil,
        into: "",
        do: <<x>>
  end

  def into_list(b), do: for(<<x <- b>>, nil, into: [], do: x)
  def uniq_is_a_reduce(b), do: for(<<x <- b>>, nil, uniq: true, do: x)
  def list_generator_is_a_reduce(b, l), do: for(<<x <- b>>, y <- l, nil, do: x + y)
  def known_variable(b), do: (y = 3; for(<<x <- b>>, y, do: x))
  def known_true_variable(b), do: (y = true; for(<<x <- b>>, y, do: x))
  def rebound_by_generator(b), do: (y = 3; for(<<y <- b>>, y, do: y))
  def attribute(b), do: for(<<x <- b>>, @never_set_here, do: x)
  def dead_after_nil(b), do: for(<<x <- b>>, nil, <<z <- b>>, :ok, do: x + z)
  def tuple_and_binary(b), do: for(<<x <- b>>, {:ok, 1}, "s", do: x)
  def not_true(b), do: for(<<x <- b>>, not true, do: x)
  def binary_filter(b), do: for(<<x <- b>>, <<1>>, do: x)
  def concatenation(b), do: for(<<x <- b>>, "a" <> "b", do: x)
  def arithmetic(b), do: for(<<x <- b>>, 1 + 1, do: x)
  def type_test(b), do: for(<<x <- b>>, is_atom(1), do: x)
  def type_test_true(b), do: for(<<x <- b>>, is_atom(:a), do: x)
  def float(b), do: for(<<x <- b>>, 1.5, do: x)
  def partly_known(b), do: for(<<x <- b>>, {b, 1}, do: x)
  def or_known(b), do: for(<<x <- b>>, nil || 1, do: x)
  def bang_nil(b), do: for(<<x <- b>>, !nil, do: x)
  def map(b), do: for(<<x <- b>>, %{a: 1}, do: x)
  def elem_of_literal(b), do: for(<<x <- b>>, elem({1}, 0), do: x)
  def and_false(b), do: for(<<x <- b>>, true and false, do: x)
  def after_a_test(b), do: for(<<x <- b>>, x > 1, nil, do: x)
  def two_segments(b), do: for(<<x::4, y::4 <- b>>, nil, do: x + y)
end

for f <- [:nil_filter, :false_into_binary, :comparison, :true_filter, :empty_list_is_options, :atom_filter, :match_filter,
          :binary_filter, :bang_nil, :after_a_test, :two_segments] do
  IO.inspect(apply(BitsFor, f, ["ab"]), label: f)
end
