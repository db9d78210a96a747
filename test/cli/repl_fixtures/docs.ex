defmodule Docs do
  @moduledoc """
  Shows how the shell prints documentation: *emphasis*, **strong**, _underline_,
  __strong too__, `inline code`, and a [link](https://hexdocs.pm/elixir/Kernel.html#some_anchor)
  with a URL that has_underscores: https://example.com/a_b_c in it.

  # A first-level heading

  ## A second-level heading

  ### A third

  * a bullet item that is long enough to wrap past the eighty-column limit of the shell's docs
  * a second item with `code`
    * a nested item
    * another nested one
  * back out

  1. first
  2. second, which goes on for quite a while so that the numbered item wraps to the next line
  10. tenth

  - dash item
  + plus item

  > A quote that is rather long and should be wrapped by the renderer as a quote block
  > over more than one line.
  >
  > A second quoted paragraph.

  | Column | Right | Centered |
  | :----- | ----: | :------: |
  | a      | 1     | x        |
  | longer cell | 22 | yy |

  ```elixir
  iex> Docs.one(1)
  :one

  iex> :other
  ```

  ~~~
  tilde fenced
  ~~~

      indented code
      
      after a blank line

  [label]: https://example.com

  Escapes: \\*not emphasis\\* and a \\`tick\\`, a_b_c stays, 2 * 3 * 4 stays, snake_case_name.
  """

  @doc """
  One function, one line.
  """
  @doc since: "1.2.0"
  def one(x), do: x

  @doc "Two arities: the first."
  def two(a), do: a
  @doc "Two arities: the second, with a default from an attribute."
  @timeout 5000
  def two(a, b, c \\ @timeout), do: {a, b, c}

  @deprecated "Use one/1 instead"
  @doc "An old one."
  def old(x), do: x

  @doc false
  def hidden(x), do: x

  def nodoc(%{} = map, [_ | _] = list, _ignored), do: {map, list}

  @doc "A guard."
  defguard is_small(x) when is_integer(x) and x < 10

  @doc "A macro."
  defmacro twice(expr), do: quote(do: {unquote(expr), unquote(expr)})

  defdelegate size(list), to: Kernel, as: :length
end

defmodule Docs.NoModuledoc do
  def f, do: 1
end

defmodule Docs.Hidden do
  @moduledoc false
  def f, do: 1
end

defmodule Specs do
  @moduledoc "Functions with typespecs."
  @type t :: integer

  @doc "Types as calls, lists and keyword lists."
  @spec a(t, String.t, list(integer), keyword) :: {:ok, term} | :error
  def a(_, _, _, _), do: :ok

  @doc "Two specs, in order."
  @spec c(0..10, binary, <<_::8>>, pid | nil) :: [t, ...]
  @spec c(atom, any, any, any) :: no_return
  def c(_, _, _, _), do: []

  @doc "A type variable and a function type."
  @spec v(x, (integer -> boolean)) :: x when x: var
  def v(x, _), do: x

  @doc "A default: h Specs.e/1 shows no spec."
  @deprecated "Use c/4"
  @spec e(integer, nonempty_list(t)) :: :ok
  def e(a, b \\ [1]), do: {a, b}
end
