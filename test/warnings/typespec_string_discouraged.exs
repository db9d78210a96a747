# Kernel.Typespec warns of each use of Erlang's string() and nonempty_string() (a bare `string`
# too, and M.string() in M) as it translates the typespecs: types by kind (@type, @opaque, @typep),
# then specs (arguments, result, `when`), callbacks and macrocallbacks, at the attribute's line,
# after the unused-function warnings and before the unused private types
defmodule StringTypes do
  @type a :: nonempty_string()
  @typep b :: string(integer)
  @opaque c :: [string()]
  @callback cb(string()) :: :ok
  @macrocallback mcb() :: nonempty_string()
  @spec f(b) :: {string(), string}
            when b: string()
  def f(x) do
    y = 1
    x
  end
  defp unused, do: 1
  @type d(string) :: {string, StringTypes.string(), %{string() => [nonempty_string(integer)]}}
  @typep p :: integer
  @typep q :: integer
  @spec g(q) :: q when q: var
  def g(x), do: x
end

defmodule StringTypes.Other do
  @spec h() :: string()
  def h, do: 1
end
