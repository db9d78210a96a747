defmodule Forth do
  defstruct stack: [], words: %{}

  defmodule StackUnderflow do
    defexception []
    def message(_), do: "stack underflow"
  end

  defmodule InvalidWord do
    defexception word: nil
    def message(e), do: "invalid word: #{inspect(e.word)}"
  end

  defmodule UnknownWord do
    defexception word: nil
    def message(e), do: "unknown word: #{inspect(e.word)}"
  end

  defmodule DivisionByZero do
    defexception []
    def message(_), do: "division by zero"
  end

  def new, do: %Forth{}

  def eval(ev, s) do
    s |> String.downcase() |> String.split(~r/[^\p{L}\p{N}\p{S}\p{P}]+/u, trim: true) |> run(ev)
  end

  defp run([], ev), do: ev
  defp run([":", name | rest], ev) do
    if Integer.parse(name) != :error, do: raise(InvalidWord, word: name)
    {body, [";" | rest]} = Enum.split_while(rest, &(&1 != ";"))
    body = Enum.flat_map(body, &Map.get(ev.words, &1, [&1]))
    run(rest, %{ev | words: Map.put(ev.words, name, body)})
  end
  defp run([w | rest], ev) do
    case Map.fetch(ev.words, w) do
      {:ok, body} -> run(body ++ rest, ev)
      :error -> run(rest, %{ev | stack: op(w, ev.stack)})
    end
  end

  defp op("+", [a, b | s]), do: [b + a | s]
  defp op("-", [a, b | s]), do: [b - a | s]
  defp op("*", [a, b | s]), do: [b * a | s]
  defp op("/", [0, _ | _]), do: raise(DivisionByZero)
  defp op("/", [a, b | s]), do: [div(b, a) | s]
  defp op("dup", [a | s]), do: [a, a | s]
  defp op("drop", [_ | s]), do: s
  defp op("swap", [a, b | s]), do: [b, a | s]
  defp op("over", [a, b | s]), do: [b, a, b | s]
  defp op(w, s) when w in ~w(+ - * / dup drop swap over), do: raise(StackUnderflow)
  defp op(w, s) do
    case Integer.parse(w) do
      {n, ""} -> [n | s]
      _ -> raise UnknownWord, word: w
    end
  end

  def format_stack(%Forth{stack: s}), do: s |> Enum.reverse() |> Enum.join(" ")
end

ExUnit.start(seed: 8)
ExUnit.configure(exclude: :pending, trace: true)

defmodule ForthTest do
  use ExUnit.Case

  test "no input, no stack" do
    s = Forth.new() |> Forth.format_stack()
    assert s == ""
  end

  test "numbers just get pushed onto the stack" do
    s = Forth.new() |> Forth.eval("1 2 3 4 5") |> Forth.format_stack()
    assert s == "1 2 3 4 5"
  end

  test "errors if dividing by zero" do
    assert_raise Forth.DivisionByZero, fn ->
      Forth.new() |> Forth.eval("4 0 /")
    end
  end

  test "underflow message" do
    assert_raise Forth.StackUnderflow, "stack underflow", fn ->
      Forth.new() |> Forth.eval("1 +")
    end
  end

  test "wrong message" do
    assert_raise Forth.UnknownWord, "unknown word: foo", fn ->
      Forth.new() |> Forth.eval("foo")
    end
  end

  test "wrong exception" do
    assert_raise Forth.StackUnderflow, fn ->
      Forth.new() |> Forth.eval("1 0 /")
    end
  end

  test "no exception" do
    assert_raise Forth.InvalidWord, fn ->
      Forth.new() |> Forth.eval(": foo 1 ;")
    end
  end

  test "cannot redefine numbers" do
    assert_raise Forth.InvalidWord, fn ->
      Forth.new() |> Forth.eval(": 1 2 ;")
    end
  end

  test "raised inside" do
    Forth.new() |> Forth.eval("1 2 bar")
  end

  test "unterminated definition is a match error" do
    Forth.new() |> Forth.eval(": foo 1 2")
  end

  test "regex message" do
    assert_raise Forth.UnknownWord, ~r/unknown word: "b.z"/, fn -> Forth.eval(Forth.new(), "baz") end
  end

  test "regex mismatch" do
    assert_raise Forth.UnknownWord, ~r/^nope/, fn -> Forth.eval(Forth.new(), "baz") end
  end
end
