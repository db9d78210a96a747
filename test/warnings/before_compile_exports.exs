# functions a @before_compile hook (or a use) adds are defined for the undefined-call check; one
# nobody defines is still reported
defmodule Gen do
  defmacro __before_compile__(_env) do
    quote do
      def added(x), do: {:added, x}
    end
  end
end

defmodule Target do
  @before_compile Gen
  def own, do: :own
end

defmodule Caller do
  def run do
    {Target.own(), Target.added(1), Target.missing()}
  end
end

IO.inspect(Target.added(2))
