# ExUnit.configuration/0 reads max_cases 1 while trace is on, whatever max_cases was configured
# (in either order); trace: false gives the configured value back. max_cases and seed come first
ExUnit.start(autorun: false, seed: 7)
ExUnit.configure(trace: true, max_cases: 3)
IO.inspect(ExUnit.configuration()[:max_cases])
ExUnit.configure(max_cases: 3, trace: true)
IO.inspect(ExUnit.configuration()[:max_cases])
ExUnit.configure(trace: false)
IO.inspect(ExUnit.configuration()[:max_cases])
ExUnit.configure(max_cases: 5)
IO.inspect(ExUnit.configuration()[:max_cases])
IO.inspect(Enum.take(ExUnit.configuration(), 2))
