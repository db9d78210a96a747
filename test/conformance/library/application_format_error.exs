# Application.format_error/1 for each reason the application controller gives
reasons = [
  {'no such file or directory', 'nope.app'},
  {:already_started, :logger},
  {:not_started, :foo},
  {:bad_application, {:x, 1}},
  {:already_loaded, :logger},
  {:not_loaded, :foo},
  {:invalid_restart_type, :sometimes},
  {:invalid_name, "x"},
  {:invalid_options, [a: 1]},
  {:badstartspec, :nope},
  {{:EXIT, :normal}, {Foo, :start, [:normal, []]}},
  {:shutdown, {Foo, :start, [:normal, []]}},
  {:bad_return, {{Foo, :start, [:normal, []]}, {:EXIT, :boom}}},
  {:bad_return, {{Foo, :start, [:normal, []]}, :weird}},
  :normal,
  :boom,
  {:already_started, "not an atom"},
  {:not_started, 1},
  {:boom, :bang},
  "text",
  {'no such file or directory', "x.app"}
]

for r <- reasons, do: IO.puts(Application.format_error(r))
IO.inspect(Application.ensure_all_started(:nope))
IO.inspect(Application.load(:nope))
IO.inspect(Application.start(:nope))
