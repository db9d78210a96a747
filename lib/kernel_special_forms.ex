defmodule Kernel.SpecialForms do
  @moduledoc """
  The special forms: the constructs the compiler itself implements and no macro can redefine
  (`case`, `cond`, `fn`, `for`, `with`, `receive`, `try`, `quote`, `alias`, `import`,
  `require` ...). They are available everywhere, without importing anything.
  """
  # beamlet's compiler implements these forms (compiler/special_forms.ts ...): this module holds
  # their docs only, each a bodiless head (a doc-only head in the library, see compiler/modules.ts)

  @doc """
  Matches `condition` against each clause's pattern in turn and runs the first that matches (and
  whose `when` guard holds). No match raises `CaseClauseError`.

  ## Examples

      iex> case {:ok, 3} do
      ...>   {:ok, n} when n > 2 -> :big
      ...>   {:ok, _} -> :small
      ...>   :error -> :failed
      ...> end
      :big
  """
  defmacro case(condition, clauses)

  @doc """
  Runs the body of the first clause whose condition is truthy; none raises `CondClauseError`, so
  a last `true ->` clause often serves as the default.

  ## Examples

      iex> x = 7
      iex> cond do
      ...>   x < 5 -> :low
      ...>   x < 10 -> :mid
      ...>   true -> :high
      ...> end
      :mid
  """
  defmacro cond(clauses)

  @doc """
  A comprehension: takes elements from one or more generators (`pattern <- enumerable`),
  keeps those passing the filters, and collects the body's values in a list (or `into:` a
  collectable; `reduce:` folds instead; `uniq: true` drops repeats). Elements a generator's
  pattern does not match are skipped.

  ## Examples

      iex> for x <- 1..4, rem(x, 2) == 0, do: x * x
      [4, 16]
      iex> for {k, v} <- %{a: 1}, into: %{}, do: {v, k}
      %{1 => :a}
  """
  defmacro for(args)

  @doc """
  Chains matches: each `pattern <- expression` must match for the next to run, and the `do`
  block runs at the end. The first value that does not match is returned as it is, or given
  to the `else` clauses.

  ## Examples

      iex> with {:ok, a} <- {:ok, 1}, {:ok, b} <- {:ok, 2}, do: a + b
      3
      iex> with {:ok, a} <- :error, do: a
      :error
  """
  defmacro with(args)

  @doc """
  Waits for a message in the process's mailbox matching one of the clauses and runs that
  clause (other messages stay in the mailbox). `after` gives a timeout in milliseconds.

  ## Examples

      iex> send(self(), {:hello, "world"})
      iex> receive do
      ...>   {:hello, who} -> who
      ...> after
      ...>   1000 -> :timeout
      ...> end
      "world"
  """
  defmacro receive(args)

  @doc """
  Runs the `do` block and handles what it raises (`rescue`), throws or exits (`catch`);
  `after` runs in any case, and `else` matches the block's value when nothing was raised.

  ## Examples

      iex> try do
      ...>   String.to_integer("x")
      ...> rescue
      ...>   ArgumentError -> :not_a_number
      ...> end
      :not_a_number
  """
  defmacro try(args)

  @doc """
  The code in `block` as data (its AST) instead of running it. `unquote/1` inserts a value
  into it; `bind_quoted:`, `location: :keep` and `context:` are among the options.

  ## Examples

      iex> quote do: 1 + 2
      {:+, [context: Elixir, imports: [{1, Kernel}, {2, Kernel}]], [1, 2]}
  """
  defmacro quote(opts, block)

  @doc """
  Lets a module be referred to by a shorter name: `alias Foo.Bar` makes `Bar` mean
  `Foo.Bar`, `as:` picks another name. It lasts until the end of the enclosing block.
  """
  defmacro alias(module, opts)

  @doc """
  Makes a module's functions and macros callable without the module name, all of them or only
  those `only:` lists (`except:` leaves some out). It lasts until the end of the enclosing block.
  """
  defmacro import(module, opts)

  @doc """
  Makes a module's macros available in the current scope (a module must be required before its
  macros are used; `import` requires too). `as:` also aliases it.
  """
  defmacro require(module, opts)
end
