# run in the project: the project's modules are compiled and loaded, System.argv() is what follows
IO.inspect(System.argv(), label: "argv")
IO.puts(Greeter.hello())
IO.inspect(Application.started_applications() |> Enum.map(&elem(&1, 0)) |> Enum.member?(:greeter), label: "started")
