defmodule Types do
  @moduledoc "Types and callbacks for t/1 and b/1."
  defstruct [:name, :size]

  @typedoc "A tagged thing."
  @type t :: {atom, integer}
  @typedoc """
  A pair of the same type.

  Written with **Markdown**.
  """
  @type pair(a) :: {a, a}
  @type pair(a, b) :: {a, b}
  @typep hidden :: list(integer)
  @opaque o :: %{required(:a) => hidden, optional(String.t()) => [atom]}
  @type long :: :aaaaaaaaaaaa | :bbbbbbbbbbbbbbbb | :ccccccccccccccccc | :dddddddddddddddddd | :eeeeeeeeeeeeeeeee
  @typedoc false
  @type secret :: term
  @type kw :: keyword
  @type kw_of :: keyword(integer)
  @type chars :: charlist
  @type list_of :: list(atom)
  @type non_empty :: nonempty_list(atom)
  @type non_empty2 :: [atom, ...]
  @type any_non_empty :: nonempty_list()
  @type map_fields :: %{optional(atom) => binary, key: integer}
  @type required_map :: %{integer => atom, required(:y) => atom}
  @type own :: %__MODULE__{name: String.t()}
  @type own_all :: %Types{}
  @type uri :: %URI{}
  @type fun2 :: (integer, atom -> binary)
  @type fun0 :: (-> any)
  @type fun_any :: (... -> integer)
  @type fun_type :: fun
  @type range :: 1..10 | -5..-1
  @type bits :: <<_::8, _::_*4>>
  @type empty_bits :: <<>>
  @type triple :: {integer, atom, binary}
  @type empty_tuple :: {}
  @type builtins :: tuple | map | struct | as_boolean(integer) | term | mfa | identifier
  @type remote :: :queue.queue(integer) | String.t() | Types.pair(atom)
  @type negative :: -1
  @type keyword_list :: [key: integer, other: atom]
  @type one_pair :: [a: 1]
  @type tagged_union :: [{:a, integer} | {:b, atom}]
  @type union_list :: list(integer | atom)
  @type literals :: nil | true | :ok | 0 | [] | %{}
  @type annotated :: {name :: String.t(), size :: non_neg_integer}
  @type nested :: %{
          optional(String.t()) => {:ok, [pair(integer)]} | {:error, reason :: atom | String.t()},
          required(:config) => keyword_list
        }

  @callback init(arg :: term) :: {:ok, t} | {:error, reason :: String.t()}
  @doc "Handles a thing."
  @callback handle(t, keyword) :: :ok
  @callback handle(t) :: :ok
  @callback bounded(x) :: x when x: integer
  @callback any_var(a :: integer, b :: [x]) :: {:ok, x} when x: var
  @callback no_args :: :ok
  @callback spread(
              integer,
              atom
            ) :: :ok
  @callback twice(atom) :: :ok
  @callback twice(atom, atom) :: :ok | :error
  @callback twice(integer, integer) :: :ok
  @doc false
  @callback secret_callback() :: :ok
  @callback long_result(integer) ::
              {:reply, term, term}
              | {:reply, term, term, timeout | :hibernate | {:continue, term}}
              | {:noreply, term}
              | {:stop, term, term}
  @doc "A macro callback."
  @macrocallback mac(Macro.t()) :: Macro.t()
  @macrocallback mac0() :: Macro.t()
  @optional_callbacks handle: 2, mac: 1, twice: 1

  @doc "Not the callback's doc."
  def f(x), do: x
end

defmodule Types.Few do
  @type only :: atom
  @callback only() :: :ok
end

defmodule Types.None do
  def f, do: 1
end
