# The stack below the body of a file's only module is Elixir's module compiler: formatted, each
# of its frames names the elixir app, elixir_module's too (as IO.warn/1 in a body prints them)
defmodule W do
  {:current_stacktrace, stack} = Process.info(self(), :current_stacktrace)
  for entry <- Enum.drop(stack, 1), do: IO.puts("entry: " <> Exception.format_stacktrace_entry(entry))
end
