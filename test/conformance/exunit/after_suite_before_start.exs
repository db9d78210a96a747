# before ExUnit.start/1 the :ex_unit application is not loaded
ExUnit.after_suite(fn _ -> IO.puts("never") end)
