namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>Writes state changes and each child's output, prefixed with its resource name.</summary>
internal sealed class ConsoleReporter(TextWriter? output)
{
    private const int NameWidth = 13;
    private readonly Lock gate = new();

    public void Announce(string message) => Write("apphost", message);

    public void StateChanged(Resource resource, string? detail)
    {
        var where = resource.Endpoints.Count > 0 ? " " + string.Join(' ', resource.Endpoints) : string.Empty;
        var pid = resource.ProcessId is { } id ? $" pid {id}" : string.Empty;
        Write("apphost", $"{resource.Name}: {resource.State}{where}{pid}{(detail is null ? string.Empty : " — " + detail)}");
    }

    public void Line(string resource, string line) => Write(resource, line);

    private void Write(string source, string line)
    {
        if (output is null)
        {
            return;
        }

        lock (gate)
        {
            output.WriteLine($"{source.PadRight(NameWidth)}| {line}");
        }
    }
}
