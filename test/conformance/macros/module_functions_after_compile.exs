# Module's compile-time functions called on a module already compiled raise ArgumentError from
# lib/module.ex's checks (assert_not_compiled!/3, assert_not_readonly!/2) under the function's
# own frames; get_attribute names /2 and points to Module.__info__/1 or Code.fetch_docs/1
defmodule Done do
  @tag 1
  def f, do: 1
end

calls = [
  {:attributes_in, [Done]},
  {:defines?, [Done, {:f, 0}]},
  {:defines?, [Done, {:f, 0}, :def]},
  {:definitions_in, [Done]},
  {:definitions_in, [Done, :def]},
  {:delete_attribute, [Done, :tag]},
  {:delete_definition, [Done, {:f, 0}]},
  {:get_attribute, [Done, :tag]},
  {:get_attribute, [Done, :tag, :default]},
  {:has_attribute?, [Done, :tag]},
  {:make_overridable, [Done, [f: 0]]},
  {:overridables_in, [Done]},
  {:put_attribute, [Done, :tag, 2]},
  {:register_attribute, [Done, :acc, [accumulate: true]]}
]

for {fun, args} <- calls do
  try do
    apply(Module, fun, args)
  rescue
    e in ArgumentError ->
      IO.puts("#{fun}/#{length(args)}: #{Exception.message(e)}")
      for entry <- Enum.take(__STACKTRACE__, 3), do: IO.puts("    " <> Exception.format_stacktrace_entry(entry))
  end
end
