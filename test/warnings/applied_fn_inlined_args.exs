# A fn applied where it is written, to arguments the compiler knows (in part), is inlined by
# Erlang's compiler: its clauses are folded against them as a case's are
defmodule Applied do
  def guard_false(_p), do: (fn x when is_atom(x) -> :r end).(1)
  def unknown_arg(p), do: (fn x when is_atom(x) -> :r end).(p)
  def literal_other_type(_p), do: (fn 1 -> :r end).(:a)
  def literal_second_clause(_p), do: (fn 1 -> :r; :a -> :s end).(:a)
  def tuple_against_list(p), do: (fn [_ | _] -> :r end).({p, 1})
  def map_literal(_p), do: (fn [_ | _] -> :r end).(%{k: 1})
  def map_built(p), do: (fn nil -> :r end).(%{k: p})
  def interpolated(p), do: (fn "s" -> :r end).("#{p}")
  def binary_pattern_tuple(p), do: (fn "s" -> :r end).({:a, p})
  def binary_pattern_atom(_p), do: (fn "s" -> :r end).(:a)
  def binary_pattern_binary(_p), do: (fn "s" -> :r end).("t")
  def computed_arg(p), do: (fn [_ | _] -> :r end).({:a, p + 0})
  def comparison_false(_p), do: (fn x when x > 1 -> :r end).(1)
  def comparison_true(_p), do: (fn x when x > 1 -> :r end).(:a)
  def two_args(_p, _q), do: (fn 1, :a -> :r end).(1, :b)
  def two_args_guard(_p, q), do: (fn 1, x when is_atom(x) -> :r end).(q, 1)
  def known_var(_p), do: (x = 1; (fn y when is_atom(y) -> 1 end).(x))
  def tuple_parts(p), do: (fn {x, _} when is_atom(x) -> :r end).({1, p})
  def tuple_compared(_p), do: (fn {x, y} when x > y -> :r end).({1, 2})
  def first_matches(_p), do: (fn 1 -> :r; x when is_atom(x) -> :s end).(1)
  def later_matches(_p), do: (fn nil -> :r; x when is_atom(x) -> :s end).(1)
  def shadowed_anyway(_p), do: (fn x -> x; _y -> 2 end).(1)
  def same_binaries_folded(_p), do: (fn "s" -> false; "s" -> :r end).({:a, 1})
  def list_arg(p), do: (fn nil -> :r end).([p])
  def list_arg_var_clause(p), do: (fn x when is_atom(x) -> nil; 1 -> :r end).([p])
  def list_args(p), do: (fn nil, [_ | _] -> :r end).([p], [p])
  def empty_list(_p), do: (fn [_ | _] -> :r end).([])

  def multi_line(_p) do
    (fn
      x when is_atom(x) -> :r
      [_ | _] -> :s
    end).(1)
  end
end

defmodule Places do
  def statement(_p), do: (fn x when is_atom(x) -> :r end).(1)
  def in_tuple(_p), do: {:ok, (fn x when is_atom(x) -> :r end).(1)}
  def in_list(_p), do: [(fn x when is_atom(x) -> :r end).(1)]
  def in_call(_p), do: (fn x when is_atom(x) -> :r end).(1) == :r
  def matched(_p), do: (:r = (fn x when is_atom(x) -> :r end).(1))
  def in_try(_p), do: try(do: (fn x when is_atom(x) -> :r end).(1), after: :ok)
  def after_call(_p), do: (IO.write(""); (fn x when is_atom(x) -> :r end).(1))
  def case_any(_p), do: (case (fn x when is_atom(x) -> :r end).(1) do v -> v end)
  def right_of_and(p), do: p && (fn [_ | _] -> :r end).({:a, p})
  # (a value a case branches on: the fn stays a fun)
  def case_subject(_p), do: (case (fn x when is_atom(x) -> :r end).(1) do :r -> 1; _ -> 2 end)
  def if_condition(_p), do: (if (fn x when is_atom(x) -> :r end).(1), do: 1, else: 2)
  def left_of_and(_p), do: (fn x when is_atom(x) -> :r end).(1) && :ok
  def negated(_p), do: !(fn x when is_atom(x) -> :r end).(1)
  def cond_condition(_p), do: (cond do (fn x when is_atom(x) -> :r end).(1) -> 1; true -> 2 end)
  def with_value(_p), do: (with :r <- (fn x when is_atom(x) -> :r end).(1), do: 1)
  # (the value of a match to a variable: the fn's line is not reported, its clauses are)
  def bound_value(_p), do: (v = (fn x when is_atom(x) -> :r end).(1); v)
  def bound_value_type(p) do
    v = (fn [_ | _] -> :r end).({p})
    v
  end

  def bound_fn(_p), do: (f = fn x when is_atom(x) -> :r end; f.(1))

  def bound_fn_type(p) do
    f = fn [_ | _] -> :r end
    f.({p})
  end
end

IO.puts(:done)
