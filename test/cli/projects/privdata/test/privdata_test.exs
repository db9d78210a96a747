defmodule PrivdataTest do
  use ExUnit.Case

  test "the application's directories are under _build/test" do
    assert Privdata.dirs() == [lib: "_build/test/lib/privdata", priv: "_build/test/lib/privdata/priv", ebin: "_build/test/lib/privdata/ebin"]
  end

  test "a template from priv/" do
    assert Privdata.template("greeting") == "Hello, <%= name %>!\n"
  end
end
