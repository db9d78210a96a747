# the deprecated :random (Wichmann-Hill, state in the process dictionary) gives OTP 25's numbers
IO.inspect(for _ <- 1..3, do: :random.uniform())
IO.inspect(for _ <- 1..3, do: :random.uniform(100))
IO.inspect(:random.seed(1, 2, 3))
IO.inspect(:random.uniform(10))
IO.inspect(:random.seed({4, 5, 6}))
IO.inspect(:random.uniform())
IO.inspect(:random.seed())
IO.inspect(:random.uniform())
IO.inspect(:random.seed0())
IO.inspect(:random.uniform_s({1, 2, 3}))
IO.inspect(:random.uniform_s(50, {1, 2, 3}))
IO.inspect(:random.seed(-5, 0, 30322))
IO.inspect(Process.get(:random_seed))
IO.inspect(:random.uniform(1))
try do
  :random.uniform(0)
rescue e -> IO.inspect({e, hd(__STACKTRACE__)})
end
try do
  :random.seed(:a, 1, 2)
rescue e -> IO.inspect({e, hd(__STACKTRACE__)})
end
