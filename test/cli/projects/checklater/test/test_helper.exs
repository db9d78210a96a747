# one scheduler: the checker checks the test files' modules one after another
:erlang.system_flag(:schedulers_online, 1)
ExUnit.start()
