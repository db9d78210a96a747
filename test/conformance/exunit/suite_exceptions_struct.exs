# a custom exception with assert_raise, raised uncaught, compared as structs; assert with a message, flunk/0
ExUnit.start(seed: 0)

defmodule MyError do
  defexception [:code, message: "my error"]
end

defmodule ExTest do
  use ExUnit.Case

  test "custom exception assert_raise" do
    err = assert_raise MyError, fn -> raise MyError, code: 7 end
    assert err.code == 7
    assert Exception.message(err) == "my error"
  end

  test "custom raise uncaught" do
    raise MyError, code: 1, message: "custom boom"
  end

  test "error struct compare" do
    assert %MyError{code: 1} == %MyError{code: 2}
  end

  test "assert with message" do
    assert false, "custom failure message"
  end

  test "flunk" do
    flunk()
  end
end
