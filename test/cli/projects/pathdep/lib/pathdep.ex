defmodule Pathdep do
  require Util

  # a struct and a macro of the dependencies, used at compile time
  @item %Helper.Item{name: "apple", qty: Util.twice(3)}

  def item, do: @item

  def report do
    Helper.Store.put(:apple, @item.qty)
    %{
      greeting: Helper.greeting(),
      ignored: Application.get_env(:helper, :from_dep_config),
      dev_only: Code.ensure_loaded?(Helper.DevOnly),
      store: Helper.Store.all(),
      util: Util.sum([1, 2, 3]),
      helper_vsn: Application.spec(:helper, :vsn),
      util_loaded: Application.spec(:util, :vsn)
    }
  end
end
