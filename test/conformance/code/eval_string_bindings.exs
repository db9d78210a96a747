defmodule Main do
  def run do
    IO.inspect(Code.eval_string("1 + 2"))
    {v, b} = Code.eval_string("x = a * 2\nx + 1", a: 20)
    IO.inspect(v)
    IO.inspect(Enum.sort(b))
    IO.inspect(Code.eval_string("[h | t] = list; {h, length(t)}", list: [1, 2, 3]) |> elem(0))
    IO.inspect(Code.eval_string("Enum.map(1..3, fn i -> i * k end)", k: 10) |> elem(0))
    IO.inspect(Code.eval_string("String.upcase(s)", s: "shout") |> elem(0))
    IO.inspect(Code.eval_string("%{a: 1}.a") |> elem(0))
    try do
      Code.eval_string("undefined_var + 1")
    rescue
      e -> IO.inspect(e.__struct__)
    end
    try do
      Code.eval_string("1 +")
    rescue
      e -> IO.inspect(e.__struct__)
    end
    try do
      Code.eval_string("raise ArgumentError, ~s(from eval)")
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
    Code.eval_string("defmodule FromEval do\n def hi, do: :hi_from_eval\nend")
    IO.inspect(FromEval.hi())
    IO.inspect(Code.string_to_quoted!("1 + 2"))
  end
end

Main.run()
