defmodule RobotSimulator do
  defstruct direction: :north, position: {0, 0}
  @directions [:north, :east, :south, :west]

  def create(direction \\ :north, position \\ {0, 0})
  def create(d, _) when d not in @directions, do: {:error, "invalid direction"}
  def create(d, {x, y} = p) when is_integer(x) and is_integer(y), do: %__MODULE__{direction: d, position: p}
  def create(_, _), do: {:error, "invalid position"}

  def simulate(robot, instructions) do
    instructions |> String.graphemes() |> Enum.reduce_while(robot, fn
      "R", r -> {:cont, turn(r, 1)}
      "L", r -> {:cont, turn(r, -1)}
      "A", r -> {:cont, advance(r)}
      _, _ -> {:halt, {:error, "invalid instruction"}}
    end)
  end

  defp turn(%{direction: d} = r, k) do
    i = Enum.find_index(@directions, &(&1 == d))
    %{r | direction: Enum.at(@directions, rem(i + k + 4, 4))}
  end

  defp advance(%{direction: d, position: {x, y}} = r) do
    p = case d do
      :north -> {x, y + 1}
      :east -> {x + 1, y}
      :south -> {x, y - 1}
      :west -> {x - 1, y}
    end
    %{r | position: p}
  end

  def direction(r), do: r.direction
  def position(r), do: r.position
end

defmodule Queens do
  @type t :: %Queens{black: {integer, integer}, white: {integer, integer}}
  defstruct [:white, :black]

  def new(opts \\ []) do
    Enum.each(opts, fn
      {k, {r, c}} when k in [:white, :black] and r in 0..7 and c in 0..7 -> :ok
      _ -> raise ArgumentError
    end)
    if opts[:white] != nil and opts[:white] == opts[:black], do: raise(ArgumentError, "same square")
    struct!(Queens, opts)
  end

  def to_string(%Queens{} = q) do
    for r <- 0..7 do
      for c <- 0..7 do
        cond do
          q.white == {r, c} -> "W"
          q.black == {r, c} -> "B"
          true -> "_"
        end
      end
      |> Enum.join(" ")
    end
    |> Enum.join("\n")
  end

  def can_attack?(%Queens{white: {a, b}, black: {c, d}}), do: a == c or b == d or abs(a - c) == abs(b - d)
end

ExUnit.start(seed: 404)
ExUnit.configure(exclude: :pending, trace: true)

defmodule RobotSimulatorTest do
  use ExUnit.Case
  test "create has sensible defaults" do
    robot = RobotSimulator.create()
    assert RobotSimulator.position(robot) == {0, 0}
    assert RobotSimulator.direction(robot) == :north
  end
  test "create errors" do
    assert RobotSimulator.create(:invalid, {0, 0}) == {:error, "invalid direction"}
    assert RobotSimulator.create(:north, {0, 0, 0}) == {:error, "invalid position"}
  end
  test "simulate" do
    robot = RobotSimulator.create(:north, {7, 3}) |> RobotSimulator.simulate("RAALAL")
    assert robot == %RobotSimulator{direction: :west, position: {9, 4}}
  end
  test "wrong simulate" do
    robot = RobotSimulator.create(:north, {7, 3}) |> RobotSimulator.simulate("LAAARRRALLLL")
    assert robot.position == {11, 5}
    assert robot.direction == :north
  end
  test "invalid instruction in error path" do
    robot = RobotSimulator.create() |> RobotSimulator.simulate("UUDDLRLRBASTART")
    assert RobotSimulator.position(robot) == {0, 0}
  end
end

defmodule QueenAttackTest do
  use ExUnit.Case
  test "default positions" do
    queens = Queens.new()
    assert queens.white == nil
  end
  test "string representation" do
    queens = Queens.new(white: {2, 4}, black: {6, 6})
    board = String.trim("""
    _ _ _ _ _ _ _ _
    _ _ _ _ _ _ _ _
    _ _ _ _ W _ _ _
    _ _ _ _ _ _ _ _
    _ _ _ _ _ _ _ _
    _ _ _ _ _ _ _ _
    _ _ _ _ _ _ B _
    _ _ _ _ _ _ _ _
    """)
    assert Queens.to_string(queens) == board
  end
  test "wrong string" do
    queens = Queens.new(white: {2, 4}, black: {6, 6})
    board = String.trim("""
    _ _ _ _ _ _ _ _
    _ _ _ _ _ _ _ _
    _ _ _ _ W _ _ _
    _ _ _ _ _ _ _ _
    _ _ _ _ _ _ _ _
    _ _ _ _ _ _ _ _
    _ _ _ _ _ _ _ B
    _ _ _ _ _ _ _ _
    """)
    assert Queens.to_string(queens) == board
  end
  test "invalid" do
    assert_raise ArgumentError, fn -> Queens.new(white: {8, 1}) end
    assert_raise ArgumentError, "same square", fn -> Queens.new(white: {1, 1}, black: {1, 1}) end
    assert_raise ArgumentError, fn -> Queens.new(red: {1, 1}) end
  end
  test "unknown key struct!" do
    Queens.new(white: {1, 1}, black: {2, 3}) |> Map.put(:x, 1) |> Queens.can_attack?()
  end
  test "can attack" do
    refute Queens.can_attack?(Queens.new(white: {2, 4}, black: {6, 6}))
    assert Queens.can_attack?(Queens.new(white: {2, 4}, black: {6, 5}))
  end
  test "no black" do
    Queens.can_attack?(Queens.new(white: {2, 4}))
  end
end
