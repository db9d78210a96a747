# A field read on a literal map or on a module attribute holding one: "undefined field" when the
# map lacks it, and the clause's remote calls after it go unchecked
defmodule Settings do
  @defaults %{timeout: 5000, retries: 3, host: "localhost"}
  @names %{b: 2, a: 1}

  def timeout, do: @defaults.timeout
  def retry_count, do: @defaults.retry
  def first_name, do: @names.c

  def literal do
    %{b: 1, a: 2}.c
  end

  def in_fn do
    f = fn -> %{a: 1}.z end
    NotLoaded.call()
    f
  end

  def before_it do
    Enum.map([1], fn _ -> NotThere.call() end)
    %{a: 1}.b
  end

  def ok, do: %{a: 1}.a

  @defaults %{other: 1}
  def later, do: @defaults.timeout
end

IO.inspect(Settings.timeout())
IO.inspect(Settings.ok())
