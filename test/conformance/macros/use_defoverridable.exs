# defoverridable: the using module may replace injected functions
defmodule Base do
  defmacro __using__(_opts) do
    quote do
      def name, do: "base"
      def describe, do: "I am " <> name()
      def version, do: 1
      defoverridable name: 0, version: 0
    end
  end
end

defmodule Plain do
  use Base
end

defmodule Custom do
  use Base
  def name, do: "custom"
  def version, do: 2
end

IO.inspect({Plain.name(), Plain.describe(), Plain.version()})
IO.inspect({Custom.name(), Custom.describe(), Custom.version()})
