# an Erlang error other than badarg/undef/function_clause/system_limit/{:badkey, k} is rescued as
# %ErlangError{} with reason nil even when the raising call carries error_info; the text its
# module's format_error/2 gives is added by Exception.normalize/3 and Exception.blame/3 only
defmodule Raiser do
  def format_error({:weird, _}, _stacktrace), do: %{1 => "not wanted"}
  def format_error(_reason, _stacktrace), do: %{general: "general text"}
  def boom(x), do: :erlang.error({:weird, x}, [x], error_info: %{module: __MODULE__})
  def plain(x), do: :erlang.error(:plain, [x], error_info: %{module: __MODULE__})
end

show = fn label, e -> IO.puts(label <> ": " <> inspect(e) <> " / " <> inspect(Exception.message(e))) end

try do
  Raiser.boom(1)
rescue
  e -> show.("var", e)
end

try do
  Raiser.plain(1)
rescue
  e in ErlangError -> show.("in ErlangError", e)
end

try do
  Raiser.boom(1)
rescue
  e in [RuntimeError, ErlangError, ArgumentError] -> show.("in list", e)
end

try do
  Raiser.plain(1)
rescue
  e in [ArgumentError, ErlangError] -> show.("in list 2", e)
end

try do
  Raiser.boom(1)
catch
  :error, reason ->
    show.("normalize", Exception.normalize(:error, reason, __STACKTRACE__))
    {blamed, _} = Exception.blame(:error, reason, __STACKTRACE__)
    show.("blame raw", blamed)
    {blamed, _} = Exception.blame(:error, %ErlangError{original: reason}, __STACKTRACE__)
    show.("blame struct", blamed)
    IO.puts(Exception.format_banner(:error, reason, __STACKTRACE__))
    IO.puts(Exception.format_banner(:error, %ErlangError{original: reason}, __STACKTRACE__))
end

# badarg and undef still read the stack trace
try do
  :erlang.binary_to_atom(Enum.random([<<255>>]), :utf8)
rescue
  e -> show.("badarg", e)
end

try do
  apply(Enum.random([NoSuchModule]), :f, [])
rescue
  e -> show.("undef", e)
end

# reraised as it was rescued: the report has no reason text either
try do
  Raiser.boom(2)
rescue
  e -> reraise e, __STACKTRACE__
end
