# the clauses defined after `defoverridable Behaviour` (from a `use`) replace the callbacks it
# made overridable: no "cannot match" nor "clauses should be grouped" warning for them; a
# function it did not make overridable still warns
defmodule Runner do
  @callback run(term) :: term
  defmacro __using__(_) do
    quote do
      @behaviour Runner
      def run(x), do: {:default, x}
      def helper(x), do: x
      defoverridable Runner
    end
  end
end

defmodule Child do
  use Runner
  def run(x), do: {:child, super(x)}
  def helper(x), do: {:again, x}
end

IO.inspect(Child.run(1))
