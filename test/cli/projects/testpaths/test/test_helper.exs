IO.puts("test/test_helper.exs")
ExUnit.start(exclude: [:slow, :broken])
