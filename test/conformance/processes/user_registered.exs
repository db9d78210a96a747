# The console's io server, a script's group leader, is registered as :user (OTP's user process)
IO.inspect(Process.whereis(:user) == Process.group_leader(), label: "whereis(:user) is the group leader")
IO.inspect(:user in Process.registered(), label: ":user registered")
IO.inspect(Process.info(Process.group_leader(), :registered_name), label: "its name")
IO.puts(:user, "written to :user")
IO.write(:user, ["an ", ~c"iolist", "\n"])
ref = make_ref()
send(:user, {:io_request, self(), ref, {:put_chars, :unicode, "an io request sent to :user\n"}})
receive do
  {:io_reply, ^ref, reply} -> IO.inspect(reply, label: "reply")
after
  5000 -> IO.puts("no reply")
end
try do
  Process.register(self(), :user)
rescue
  e in ArgumentError -> IO.puts("ArgumentError: " <> Exception.message(e))
end
