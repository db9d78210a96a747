# Calls to Erlang modules: one OTP 25 does not have (:nonexistent_mod), one of an OTP application
# the reference install lacks (:wx, Debian's erlang-wx), ones that exist (:ssl, :lists, :queue),
# an undefined function of a known one, and a module the file itself defines later
defmodule ErlCalls do
  def run do
    :nonexistent_mod.call()
    :nonexistent_mod.call(1, 2)
    :ssl.start()
    :queue.new()
    :lists.nosuch(1)
    :my_later_mod.hi()
    :wx.new()
    :ok
  end

  def other, do: :another_missing.go([])
end

defmodule :my_later_mod do
  def hi, do: :ok
end

IO.puts("compiled")
