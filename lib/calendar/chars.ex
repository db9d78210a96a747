# to_string/1 and string interpolation of the calendar types (inspect is in vm/inspect_calendar.ts)
defimpl String.Chars, for: Date do
  def to_string(date), do: Date.to_string(date)
end

defimpl String.Chars, for: Time do
  def to_string(time), do: Time.to_string(time)
end

defimpl String.Chars, for: NaiveDateTime do
  def to_string(naive), do: NaiveDateTime.to_string(naive)
end

defimpl String.Chars, for: DateTime do
  def to_string(datetime), do: DateTime.to_string(datetime)
end
