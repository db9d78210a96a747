# a program that keeps deeper traces, as ExUnit does when it runs tests
IO.inspect(:erlang.system_flag(:backtrace_depth, 20))
