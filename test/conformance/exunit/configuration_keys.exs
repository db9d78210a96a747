# ExUnit.configuration/0 and the :ex_unit application's environment after ExUnit.start/1 and
# ExUnit.configure/1: every key of ex_unit's environment (colors, formatters, stacktrace_depth,
# the receive timeouts), autorun false once the run is registered, options kept as given
# (exclude: :slow). Sorted: their order is the hash order of an ETS table; max_cases (the
# number of schedulers) left out.
ExUnit.start(seed: 5, exclude: :slow, include: [a: 1], stacktrace_depth: 5)

IO.inspect(ExUnit.configuration() |> Keyword.delete(:max_cases) |> Enum.sort(), limit: :infinity)
ExUnit.configure(max_failures: 3, only_test_ids: nil)
IO.inspect(Application.get_all_env(:ex_unit) |> Enum.sort(), limit: :infinity)
IO.inspect(Keyword.keys(ExUnit.configuration()) |> Enum.sort())
