defmodule Kernel do
  @moduledoc """
  The functions and macros available everywhere without a module name: arithmetic and comparison
  operators, type checks (`is_atom/1` ...), process primitives (`spawn/1`, `send/2`, `self/0`),
  `inspect/2`, `raise/1`, the `def`/`defmodule` family and more. Kernel is imported into every
  module and script.
  """
  # The fun-taking and protocol-dispatching half of Kernel (the first-order half is BIFs).
  # Unqualified calls that are neither local nor imported resolve here after the BIFs.

  @doc """
  Stops the calling process with `reason` (`:normal` is not an error). Can be caught with
  `catch :exit, reason`.
  """
  @spec exit(term()) :: no_return()
  # Kernel's functions the compiler inlines, for apply/3 and &Kernel.f/n: named and placed as
  # Elixir's (lib/kernel.ex), so their frames read as Elixir's
  @file "lib/kernel.ex"
  def exit(reason), do: __at_line__(511, :erlang.exit(reason))

  @doc """
  Throws `term` out of the current function, to be caught by `catch` in a `try`.

  ## Examples

      iex> try do
      ...>   throw(:found)
      ...> catch
      ...>   value -> value
      ...> end
      :found
  """
  @spec throw(term()) :: no_return()
  @file "lib/kernel.ex"
  def throw(term), do: __at_line__(1220, :erlang.throw(term))

  @file "lib/kernel.ex"
  def function_exported?(module, function, arity), do: __at_line__(4159, :erlang.function_exported(module, function, arity))

  @file "lib/kernel.ex"
  @beamlet_def_line 4214
  def base ** exponent when is_number(base) and is_number(exponent), do: :beamlet.pow(base, exponent)

  @file "lib/kernel.ex"
  @beamlet_def_line 2179
  def left =~ right when is_binary(left), do: :beamlet.match_op(left, right)

  # a macro is the function "MACRO-name" taking the caller's env first; Kernel's own macros are
  # the compiler's (if, def, |>, ...), listed by Kernel.__info__(:macros)
  def macro_exported?(Kernel, macro, arity) when is_atom(macro) and is_integer(arity) and arity >= 0 do
    {macro, arity} in Kernel.__info__(:macros)
  end

  def macro_exported?(module, macro, arity) when is_atom(module) and is_atom(macro) and is_integer(arity) and arity >= 0 do
    :erlang.function_exported(module, :"MACRO-#{macro}", arity + 1)
  end

  # ------------------------------------------------------------ binary_slice

  def binary_slice(binary, start, size)
      when is_binary(binary) and is_integer(start) and is_integer(size) and size >= 0 do
    total = byte_size(binary)
    start = if start < 0, do: max(total + start, 0), else: start
    if start < total, do: :erlang.binary_part(binary, start, min(size, total - start)), else: ""
  end

  def binary_slice(binary, first..last//step) when is_binary(binary) and step > 0 do
    total = byte_size(binary)
    first = if first < 0, do: max(first + total, 0), else: first
    last = if last < 0, do: last + total, else: last
    amount = min(last - first + 1, total - first)

    cond do
      first >= total or amount <= 0 -> ""
      step == 1 -> :erlang.binary_part(binary, first, amount)
      true -> for <<byte <- :erlang.binary_part(binary, first, amount)>>, reduce: {0, []} do
        {i, acc} -> {i + 1, if(rem(i, step) == 0, do: [byte | acc], else: acc)}
      end |> elem(1) |> :lists.reverse() |> :erlang.list_to_binary()
    end
  end

  def binary_slice(binary, _.._//_ = range) when is_binary(binary) do
    raise ArgumentError, "binary_slice/2 does not accept ranges with negative steps, got: " <> inspect(range)
  end

  # ------------------------------------------------------------ structs

  # struct/2 and struct!/2 on a struct go through struct/3 with the fun that fills a field, as
  # Elixir's: a bad struct or fields fail in Kernel.struct/3 or in that fun, at Elixir's lines
  @file "lib/kernel.ex"
  @beamlet_def_line 2300
  def struct(struct, fields \\ []) do
    struct(struct, fields, __at_line__(2301, fn
      {:__struct__, _val}, acc ->
        acc

      {key, val}, acc ->
        case acc do
          %{^key => _} -> %{acc | key => val}
          _ -> acc
        end
    end))
  end

  def struct!(struct, fields \\ [])

  # Module.__struct__/1 checks @enforce_keys as Elixir's struct!/2 does; what it returns is
  # checked after it (so its failure shows Kernel.struct!/2 at Elixir's line below it)
  @file "lib/kernel.ex"
  @beamlet_def_line 2335
  def struct!(module, fields) when is_atom(module),
    do: validate_struct!(__at_line__(2336, module.__struct__(fields)), module, 1)

  def struct!(struct, fields) when is_map(struct) do
    # (the fun's clauses at Elixir's line 2340, its :maps.update call at 2345)
    struct(struct, fields, __at_line__(2340, fn
      {:__struct__, _}, acc -> acc
      {key, val}, acc -> __at_line__(2345, :maps.update(key, val, acc))
    end))
  end

  @file "lib/kernel.ex"
  @beamlet_def_line 2349
  defp struct(struct, [], _fun) when is_atom(struct) do
    validate_struct!(__at_line__(2350, struct.__struct__()), struct, 0)
  end

  defp struct(struct, fields, fun) when is_atom(struct) do
    struct(validate_struct!(__at_line__(2354, struct.__struct__()), struct, 0), fields, fun)
  end

  defp struct(%_{} = struct, [], _fun) do
    struct
  end

  defp struct(%_{} = struct, fields, fun) do
    __at_line__(2362, Enum.reduce(fields, struct, fun))
  end

  defp validate_struct!(%{__struct__: module} = struct, module, _arity), do: struct

  defp validate_struct!(%{__struct__: struct_name}, module, arity) when is_atom(struct_name) do
    __at_line__(2374, :erlang.error(ArgumentError.exception("expected struct name returned by #{inspect(module)}.__struct__/#{arity} to be #{inspect(module)}, got: #{inspect(struct_name)}")))
  end

  defp validate_struct!(expr, module, arity) do
    __at_line__(2382, :erlang.error(ArgumentError.exception("expected #{inspect(module)}.__struct__/#{arity} to return a map with a :__struct__ key that holds the name of the struct (atom), got: #{inspect(expr)}")))
  end


  # ------------------------------------------------------------ nested access

  # (nil gives nil whatever the keys, accessor functions included: they are not called)
  def get_in(nil, [_]), do: nil
  def get_in(nil, [_ | t]), do: get_in(nil, t)
  def get_in(data, [h]) when is_function(h), do: h.(:get, data, fn x -> x end)
  def get_in(data, [h | t]) when is_function(h), do: h.(:get, data, fn x -> get_in(x, t) end)
  def get_in(data, [h]), do: Access.get(data, h)
  def get_in(data, [h | t]), do: get_in(Access.get(data, h), t)

  def get_and_update_in(data, [h], fun) when is_function(h), do: h.(:get_and_update, data, fun)

  def get_and_update_in(data, [h | t], fun) when is_function(h) do
    h.(:get_and_update, data, fn x -> get_and_update_in(x, t, fun) end)
  end

  def get_and_update_in(data, [h], fun), do: Access.get_and_update(data, h, fun)

  def get_and_update_in(data, [h | t], fun) do
    Access.get_and_update(data, h, fn x -> get_and_update_in(x, t, fun) end)
  end

  def put_in(data, [_ | _] = keys, value) do
    {_, result} = __at_line__(2701, get_and_update_in(data, keys, fn _ -> {nil, value} end))
    result
  end

  def update_in(data, [_ | _] = keys, fun) when is_function(fun, 1) do
    {_, result} = __at_line__(2734, get_and_update_in(data, keys, fn x -> {nil, fun.(x)} end))
    result
  end

  def pop_in(nil, [key | _]) do
    __at_line__(2857, raise(ArgumentError, "could not pop key " <> inspect(key) <> " on a nil value"))
  end

  def pop_in(data, [_ | _] = keys), do: pop_in_data(data, keys)

  defp pop_in_data(nil, [_ | _]), do: :pop
  defp pop_in_data(data, [fun]) when is_function(fun), do: fun.(:get_and_update, data, fn _ -> :pop end)

  defp pop_in_data(data, [fun | tail]) when is_function(fun) do
    fun.(:get_and_update, data, fn x -> pop_in_data(x, tail) end)
  end

  defp pop_in_data(data, [key]), do: Access.pop(data, key)

  defp pop_in_data(data, [key | tail]) do
    Access.get_and_update(data, key, fn x -> pop_in_data(x, tail) end)
  end

  # The functions the VM implements natively (vm/bifs/): only their docs are written here,
  # a bodiless head each (its defaults give no clause the VM's own function does not shadow)

  @doc """
  The number itself (unary plus).

  ## Examples

      iex> +3
      3
  """
  @doc guard: true
  @spec +integer() :: integer()
  @spec +float() :: float()
  def +value

  @doc """
  Adds two numbers; an integer and a float give a float.

  ## Examples

      iex> 1 + 2
      3
      iex> 1 + 2.0
      3.0
  """
  @doc guard: true
  @spec integer() + integer() :: integer()
  @spec float() + float() :: float()
  @spec integer() + float() :: float()
  @spec float() + integer() :: float()
  def left + right

  @doc """
  The number negated.

  ## Examples

      iex> -(-4)
      4
  """
  @doc guard: true
  @spec -0 :: 0
  @spec -pos_integer() :: neg_integer()
  @spec -neg_integer() :: pos_integer()
  @spec -float() :: float()
  def -value

  @doc """
  Subtracts `right` from `left`.

  ## Examples

      iex> 10 - 4.5
      5.5
  """
  @doc guard: true
  @spec integer() - integer() :: integer()
  @spec float() - float() :: float()
  @spec integer() - float() :: float()
  @spec float() - integer() :: float()
  def left - right

  @doc """
  Multiplies two numbers.

  ## Examples

      iex> 6 * 7
      42
  """
  @doc guard: true
  @spec integer() * integer() :: integer()
  @spec float() * float() :: float()
  @spec integer() * float() :: float()
  @spec float() * integer() :: float()
  def left * right

  @doc """
  Divides `left` by `right`; the result is always a float (use `div/2` for integer division).
  Dividing by zero raises `ArithmeticError`.

  ## Examples

      iex> 7 / 2
      3.5
      iex> 4 / 2
      2.0
  """
  @doc guard: true
  @spec number() / number() :: float()
  def left / right

  @doc """
  True when the two terms are equal; integers and floats compare by value (`1 == 1.0`).

  ## Examples

      iex> 1 == 1.0
      true
      iex> "a" == "a"
      true
  """
  @doc guard: true
  @spec term() == term() :: boolean()
  def left == right

  @doc """
  True when the two terms are not equal (`1 != 1.0` is false).

  ## Examples

      iex> 1 != 2
      true
  """
  @doc guard: true
  @spec term() != term() :: boolean()
  def left != right

  @doc """
  True when the two terms are equal and of the same type (`1 === 1.0` is false).

  ## Examples

      iex> 1 === 1.0
      false
  """
  @doc guard: true
  @spec term() === term() :: boolean()
  def left === right

  @doc """
  True when `left` is smaller than `right` in term order.

  ## Examples

      iex> 1 < 2
      true
      iex> :a < "a"
      true
  """
  @doc guard: true
  @spec term() < term() :: boolean()
  def left < right

  @doc """
  True when `left` is larger than `right` in term order.

  ## Examples

      iex> 2 > 1
      true
  """
  @doc guard: true
  @spec term() > term() :: boolean()
  def left > right

  @doc """
  The absolute value of a number.

  ## Examples

      iex> abs(-3.5)
      3.5
  """
  @doc guard: true
  @spec abs(number()) :: number()
  def abs(number)

  @doc """
  Calls `fun` with the arguments in the list `args`.

  ## Examples

      iex> apply(fn a, b -> a * b end, [3, 4])
      12
  """
  @spec apply((... -> any()), [any()]) :: any()
  def apply(fun, args)

  @doc """
  Calls `module.function_name` with the arguments in the list `args`.

  ## Examples

      iex> apply(Enum, :sum, [[1, 2, 3]])
      6
  """
  @spec apply(module(), function_name :: atom(), [any()]) :: any()
  def apply(module, function_name, args)

  @doc """
  The number of bytes a binary (or bitstring, rounded up) takes.

  ## Examples

      iex> byte_size("héllo")
      6
  """
  @doc guard: true
  @spec byte_size(bitstring()) :: non_neg_integer()
  def byte_size(bitstring)

  @doc """
  Integer division truncated towards zero; both arguments must be integers.

  ## Examples

      iex> div(7, 2)
      3
      iex> div(-7, 2)
      -3
  """
  @doc guard: true
  @spec div(integer(), neg_integer() | pos_integer()) :: integer()
  def div(dividend, divisor)

  @doc """
  The element of `tuple` at the zero-based `index`.

  ## Examples

      iex> elem({:ok, 42}, 1)
      42
  """
  @doc guard: true
  @spec elem(tuple(), non_neg_integer()) :: term()
  def elem(tuple, index)

  @doc """
  The head (first element) of a non-empty list; raises `ArgumentError` for `[]`.

  ## Examples

      iex> hd([1, 2, 3])
      1
  """
  @doc guard: true
  @spec hd(nonempty_maybe_improper_list(elem, any())) :: elem when elem: term()
  def hd(list)

  @doc """
  The term as Elixir code-like text, as the REPL prints it. Options include `limit:`, `pretty:`,
  `width:`, `charlists:` and `structs:`.

  ## Examples

      iex> inspect([1, "two", :three])
      "[1, \"two\", :three]"
      iex> inspect(1..100, limit: 3)
      "1..100"
  """
  @spec inspect(Inspect.t(), keyword()) :: String.t()
  def inspect(term, opts \\ [])

  @doc """
  True when `term` is an atom (`true`, `false` and `nil` are atoms too).

  ## Examples

      iex> is_atom(nil)
      true
  """
  @doc guard: true
  @spec is_atom(term()) :: boolean()
  def is_atom(term)

  @doc """
  True when `term` is a binary (a string is one).

  ## Examples

      iex> is_binary("text")
      true
  """
  @doc guard: true
  @spec is_binary(term()) :: boolean()
  def is_binary(term)

  @doc """
  True when `term` is a function.

  ## Examples

      iex> is_function(&length/1)
      true
  """
  @doc guard: true
  @spec is_function(term()) :: boolean()
  def is_function(term)

  @doc """
  True when `term` is a function of `arity` arguments.

  ## Examples

      iex> is_function(fn a, b -> a + b end, 1)
      false
  """
  @doc guard: true
  @spec is_function(term(), non_neg_integer()) :: boolean()
  def is_function(term, arity)

  @doc """
  True when `term` is an integer.

  ## Examples

      iex> is_integer(3)
      true
      iex> is_integer(3.0)
      false
  """
  @doc guard: true
  @spec is_integer(term()) :: boolean()
  def is_integer(term)

  @doc """
  True when `term` is a list (empty or not).

  ## Examples

      iex> is_list([])
      true
  """
  @doc guard: true
  @spec is_list(term()) :: boolean()
  def is_list(term)

  @doc """
  True when `term` is a map (structs are maps too).

  ## Examples

      iex> is_map(%{})
      true
  """
  @doc guard: true
  @spec is_map(term()) :: boolean()
  def is_map(term)

  @doc """
  True when `term` is a tuple.

  ## Examples

      iex> is_tuple({:ok, 1})
      true
  """
  @doc guard: true
  @spec is_tuple(term()) :: boolean()
  def is_tuple(term)

  @doc """
  The number of elements of a proper list (walks the whole list).

  ## Examples

      iex> length([1, 2, 3])
      3
  """
  @doc guard: true
  @spec length(list()) :: non_neg_integer()
  def length(list)

  @doc """
  A new reference, unique among the references of the running system.
  """
  @spec make_ref() :: reference()
  def make_ref()

  @doc """
  The number of entries of a map.

  ## Examples

      iex> map_size(%{a: 1, b: 2})
      2
  """
  @doc guard: true
  @spec map_size(map()) :: non_neg_integer()
  def map_size(map)

  @doc """
  The larger of the two terms in term order (the first when they compare equal).

  ## Examples

      iex> max(1, 2)
      2
      iex> max(:a, 1)
      :a
  """
  @spec max(first, second) :: first | second when first: term(), second: term()
  def max(first, second)

  @doc """
  The smaller of the two terms in term order (the first when they compare equal).

  ## Examples

      iex> min(1, 2.0)
      1
  """
  @spec min(first, second) :: first | second when first: term(), second: term()
  def min(first, second)

  @doc """
  The name of the local node, `:nonode@nohost` when it is not distributed.
  """
  @doc guard: true
  @spec node() :: node()
  def node()

  @doc """
  A copy of `tuple` with `value` at the zero-based `index`.

  ## Examples

      iex> put_elem({:a, :b}, 0, :x)
      {:x, :b}
  """
  @spec put_elem(tuple(), non_neg_integer(), term()) :: tuple()
  def put_elem(tuple, index, value)

  @doc """
  The remainder of the integer division `div(dividend, divisor)`; it has the sign of `dividend`.

  ## Examples

      iex> rem(7, 3)
      1
      iex> rem(-7, 3)
      -1
  """
  @doc guard: true
  @spec rem(integer(), neg_integer() | pos_integer()) :: integer()
  def rem(dividend, divisor)

  @doc """
  The number rounded to the nearest integer, halves away from zero.

  ## Examples

      iex> round(2.5)
      3
      iex> round(-2.5)
      -3
  """
  @doc guard: true
  @spec round(number()) :: integer()
  def round(number)

  @doc """
  The pid of the calling process.
  """
  @doc guard: true
  @spec self() :: pid()
  def self()

  @doc """
  Sends `message` to `dest` (a pid, a registered name or `{name, node}`) and returns the message.
  Sending never blocks and never fails for a dead pid.

  ## Examples

      iex> send(self(), :hello)
      :hello
  """
  @spec send(dest :: Process.dest(), message) :: message when message: any()
  def send(dest, message)

  @doc """
  Starts a new process running `fun` and returns its pid. The new process is not linked to the
  caller.
  """
  @spec spawn((() -> any())) :: pid()
  def spawn(fun)

  @doc """
  Starts a new process running `apply(module, fun, args)` and returns its pid.
  """
  @spec spawn(module(), atom(), list()) :: pid()
  def spawn(module, fun, args)

  @doc """
  Starts a new process running `fun`, linked to the caller, and returns its pid.
  """
  @spec spawn_link((() -> any())) :: pid()
  def spawn_link(fun)

  @doc """
  Starts a new process running `apply(module, fun, args)`, linked to the caller, and returns its
  pid.
  """
  @spec spawn_link(module(), atom(), list()) :: pid()
  def spawn_link(module, fun, args)

  @doc """
  The tail of a non-empty list: the list without its first element.

  ## Examples

      iex> tl([1, 2, 3])
      [2, 3]
  """
  @doc guard: true
  @spec tl(nonempty_maybe_improper_list(elem, last)) :: maybe_improper_list(elem, last) | last when elem: term(), last: term()
  def tl(list)

  @doc """
  The integer part of a number.

  ## Examples

      iex> trunc(-5.9)
      -5
  """
  @doc guard: true
  @spec trunc(number()) :: integer()
  def trunc(number)

  @doc """
  The number of elements of a tuple.

  ## Examples

      iex> tuple_size({:a, :b, :c})
      3
  """
  @doc guard: true
  @spec tuple_size(tuple()) :: non_neg_integer()
  def tuple_size(tuple)

  # The functions the VM implements natively (vm/bifs/): only their docs are written here,
  # a bodiless head each (its defaults give no clause the VM's own function does not shadow)

  @doc """
  Runs the `do` block when `condition` is truthy (anything but `false` and `nil`), otherwise the
  `else` block (or returns `nil` without one). Also written `if condition, do: a, else: b`.

  ## Examples

      iex> if 1 + 1 == 2, do: :yes, else: :no
      :yes
      iex> if nil, do: :never
      nil
  """
  defmacro if(condition, clauses)

  @doc """
  The opposite of `if/2`: runs the `do` block when `condition` is `false` or `nil`.

  ## Examples

      iex> unless [] == [], do: :changed, else: :same
      :same
  """
  defmacro unless(condition, clauses)

  @doc """
  Raises an exception: a string raises a `RuntimeError` with that message; a module raises that
  exception with its default fields; an exception struct is raised as it is.

  ## Examples

      iex> try do
      ...>   raise "oops"
      ...> rescue
      ...>   e in RuntimeError -> e.message
      ...> end
      "oops"
  """
  defmacro raise(message)

  @doc """
  Raises the exception `exception` built from `attributes` (a keyword list or a message, passed to
  the exception's `exception/1`).

  ## Examples

      iex> try do
      ...>   raise ArgumentError, message: "bad input"
      ...> rescue
      ...>   e -> Exception.message(e)
      ...> end
      "bad input"
  """
  defmacro raise(exception, attributes)

  @doc """
  True when `term` is `nil`.

  ## Examples

      iex> is_nil(nil)
      true
      iex> is_nil(false)
      false
  """
  @doc guard: true
  defmacro is_nil(term)

  @doc """
  Boolean and: `left` must be a boolean; `right` is evaluated only when `left` is `true`. See
  `&&/2` for any truthy values.

  ## Examples

      iex> true and 1 + 1 == 2
      true
  """
  @doc guard: true
  defmacro left and right

  @doc """
  Boolean or: `left` must be a boolean; `right` is evaluated only when `left` is `false`. See
  `||/2` for any truthy values.

  ## Examples

      iex> false or :ok == :ok
      true
  """
  @doc guard: true
  defmacro left or right

  @doc """
  Membership: true when `left` is an element of the enumerable `right`. In a guard, `right` must
  be a literal list or range.

  ## Examples

      iex> 3 in [1, 2, 3]
      true
      iex> 5 in 1..4
      false
  """
  @doc guard: true
  defmacro left in right

  @doc """
  True when `expr` matches `pattern` (variables bound in the pattern do not leak out; guards
  with `when` are allowed).

  ## Examples

      iex> match?({:ok, _}, {:ok, 1})
      true
      iex> match?([x | _] when x > 5, [1, 2])
      false
  """
  defmacro match?(pattern, expr)

  @doc """
  The pipe: passes `left` as the first argument of the call on the right, so that
  `a |> f(b)` is `f(a, b)`.

  ## Examples

      iex> [3, 1, 2] |> Enum.sort() |> Enum.map(&(&1 * 10))
      [10, 20, 30]
  """
  defmacro left |> right

  @doc """
  Returns `right` when `left` is truthy, else `left` (without evaluating `right`). Works with any
  values, unlike `and/2`.

  ## Examples

      iex> 1 && :two
      :two
      iex> nil && raise("not evaluated")
      nil
  """
  defmacro left && right

  @doc """
  Returns `left` when it is truthy, else `right` (evaluated only then). Handy for defaults.

  ## Examples

      iex> nil || "default"
      "default"
      iex> 0 || "default"
      0
  """
  defmacro left || right

  @doc """
  Boolean not for any value: `false` for a truthy value, `true` for `false` and `nil`.

  ## Examples

      iex> !nil
      true
      iex> !!1
      true
  """
  defmacro !value

  @doc """
  Concatenates two binaries (strings). In a pattern, the left side must be a literal and the rest
  binds the remainder.

  ## Examples

      iex> "foo" <> "bar"
      "foobar"
      iex> "key=" <> value = "key=42"
      iex> value
      "42"
  """
  defmacro left <> right

  @doc """
  Defines a module named `alias` from the definitions in its `do` block (functions, macros,
  attributes, nested modules) and returns `{:module, name, binary, last_value}`.
  """
  defmacro defmodule(alias, do_block)

  @doc """
  Defines a struct for the current module: `fields` is a list of field names (default `nil`) or a
  keyword list of names and defaults. Builds `%Module{}` and `__struct__/0,1`.
  """
  defmacro defstruct(fields)

  @doc """
  Calls `module.__using__(opts)` at compile time and injects the code it returns (how behaviours
  such as `GenServer` and `ExUnit.Case` set a module up).
  """
  defmacro use(module, opts \\ [])

  @doc """
  Defines a public function: `def name(args), do: body` or with a `do ... end` block. Several
  clauses of one name and arity are tried in order; `when` adds a guard, and an argument may
  have a default value.
  """
  defmacro def(call, expr \\ nil)

  @doc """
  Defines a private function, callable only from inside its module. Otherwise as `def/2`.
  """
  defmacro defp(call, expr \\ nil)
end
