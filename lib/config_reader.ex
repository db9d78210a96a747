defmodule Config.Reader do
  @moduledoc "Reading of configuration: `merge/2` merges two configurations, [{app, keyword}]."

  @doc """
  Merges two configurations: the second one's values win; where both values are keyword lists,
  they are merged key by key, recursively.
  """
  def merge(config1, config2) when is_list(config1) and is_list(config2) do
    Keyword.merge(config1, config2, fn _app, app1, app2 -> Keyword.merge(app1, app2, &deep_merge/3) end)
  end

  defp deep_merge(_key, value1, value2) do
    if Keyword.keyword?(value1) and Keyword.keyword?(value2) do
      Keyword.merge(value1, value2, &deep_merge/3)
    else
      value2
    end
  end
end
