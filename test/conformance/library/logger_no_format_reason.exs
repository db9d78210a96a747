# Logger exports what Elixir's does: no format_reason/1 (beamlet's crash-report helper is private)
{:module, Logger} = Code.ensure_loaded(Logger)
IO.inspect(function_exported?(Logger, :format_reason, 1))
IO.inspect(Keyword.has_key?(Logger.__info__(:functions), :format_reason))
try do
  apply(Logger, :format_reason, [:normal])
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
