# :os.set_signal/2: the signals OTP 25 lets a program handle and its checks of both arguments.
for {s, o} <- [{:sighup, :ignore}, {:sigusr1, :handle}, {:sigterm, :default}, {:sigint, :ignore}, {:sigkill, :ignore}, {:sigchld, :handle}, {:sigfoo, :ignore}, {:sigusr2, :bad}, {1, :ignore}, {:sigquit, :default}, {:sigabrt, :handle}, {:sigalrm, :ignore}, {:sigstop, :handle}, {:sigtstp, :ignore}, {:sigfoo, :bad}, {1, :bad}, {:sigusr1, 1}, {"x", "y"}] do
  try do
    IO.inspect({s, o, :os.set_signal(s, o)})
  rescue
    e -> IO.inspect({s, o, e})
  end
end
